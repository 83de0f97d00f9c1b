using System.Globalization;
using System.Text.Json;
using FitnessApp.Modules.Shared.Data;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Accounts.Email;

/// <summary>
/// The development sender (<c>Accounts:Email:Sender=Folder</c>, the default): each message is a JSON file in
/// <c>{Database:DataFolder}/{Accounts:Email:Folder}</c>, listed on /admin/mailbox. Also reads them back.
/// </summary>
internal sealed class FolderMailbox(DatabaseSettings database, IOptions<EmailOptions> options, TimeProvider clock) : IMailSender
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string Folder => Path.Combine(database.DataFolder, options.Value.Folder);

    public async Task SendAsync(OutgoingEmail message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var now = clock.GetUtcNow().UtcDateTime;
        var stored = new StoredEmail(Guid.CreateVersion7(), now, "FitnessApp <no-reply@fitnessapp.local>", message.To, message.Subject, message.Text, message.Html);
        var name = $"{now.ToString("yyyyMMdd'T'HHmmssfff", CultureInfo.InvariantCulture)}-{stored.Id:N}.json";
        var temporary = Path.Combine(Folder, name + ".tmp");
        await File.WriteAllTextAsync(temporary, JsonSerializer.Serialize(stored, Json), cancellationToken);
        File.Move(temporary, Path.Combine(Folder, name));
    }

    /// <summary>Newest first.</summary>
    public IReadOnlyList<StoredEmail> List(int max = 200)
    {
        if (!Directory.Exists(Folder))
        {
            return [];
        }

        return Directory.EnumerateFiles(Folder, "*.json")
            .Order(StringComparer.Ordinal).Reverse()
            .Take(max)
            .Select(Read)
            .OfType<StoredEmail>()
            .ToList();
    }

    public StoredEmail? Find(Guid id) =>
        Directory.Exists(Folder)
            ? Directory.EnumerateFiles(Folder, $"*-{id:N}.json").Select(Read).FirstOrDefault()
            : null;

    private static StoredEmail? Read(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<StoredEmail>(File.ReadAllText(path), Json);
        }
        catch (Exception exception) when (exception is IOException or JsonException)
        {
            return null;
        }
    }
}

internal sealed record StoredEmail(Guid Id, DateTime SentAt, string From, string To, string Subject, string Text, string Html);
