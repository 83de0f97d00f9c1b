using System.Text.Json;
using System.Text.RegularExpressions;
using FitnessApp.IntegrationTests.Infrastructure;

namespace FitnessApp.IntegrationTests.Accounts.Security;

/// <summary>Reads what the folder sender wrote (one JSON file per message), as an operator's /admin/mailbox does.</summary>
public sealed partial class Mailbox(string folder)
{
    public sealed record Message(string To, string Subject, string Text)
    {
        /// <summary>The first link of the message, as a path and query on the portal.</summary>
        public string LinkPath => new Uri(LinkPattern().Match(Text).Value).PathAndQuery;

        public string Query(string name) =>
            Uri.UnescapeDataString(new Uri(LinkPattern().Match(Text).Value).Query.TrimStart('?').Split('&')
                .Select(pair => pair.Split('=', 2)).Single(pair => pair[0] == name)[1]);
    }

    public IReadOnlyList<Message> To(string email) =>
        !Directory.Exists(folder)
            ? []
            : Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal)
                .Select(file => JsonDocument.Parse(File.ReadAllText(file)).RootElement)
                .Select(json => new Message(json.GetProperty("to").GetString()!, json.GetProperty("subject").GetString()!, json.GetProperty("text").GetString()!))
                .Where(message => string.Equals(message.To, email, StringComparison.OrdinalIgnoreCase))
                .ToList();

    /// <summary>Waits for the outbox to deliver a message to <paramref name="email"/> whose subject contains <paramref name="subject"/>.</summary>
    public async Task<Message> WaitForAsync(string email, string subject, int count = 1)
    {
        var messages = await Polling.UntilAsync(
            () => Task.FromResult(To(email).Where(m => m.Subject.Contains(subject, StringComparison.Ordinal)).ToList()),
            found => found.Count >= count,
            TimeSpan.FromSeconds(20),
            $"message '{subject}' to {email}");
        return messages[^1];
    }

    [GeneratedRegex(@"https?://[^\s]+")]
    private static partial Regex LinkPattern();
}
