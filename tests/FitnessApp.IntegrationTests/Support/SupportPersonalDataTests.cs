using System.Net.Http.Json;
using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Accounts.Contracts.PersonalData;
using FitnessApp.Modules.Support.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Support;

/// <summary>Support's part of a data export and of an erasure.</summary>
public abstract class SupportPersonalDataTests(SupportApp app)
{
    [Fact]
    public async Task Given_an_athletes_tickets_and_feedback_When_exported_Then_the_files_hold_them_without_internal_notes()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var userId = await app.UserIdAsync(athlete);
        var id = await athlete.OpenTicketAsync("Export me");
        await athlete.UploadScreenshotAsync(id, SupportApi.Png);
        await athlete.PostAsJsonAsync(SupportApi.Feedback, new { category = "praise", text = "Great app" });
        var operatorClient = await app.CreateOperatorClientAsync();
        await operatorClient.PostAsJsonAsync($"{SupportApi.Queue}/{id}/notes", new { text = "INTERNAL note" });
        await operatorClient.ReplyAsOperatorAsync(id, "Thanks!");
        var writer = new RecordingWriter();

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var exporter = scope.ServiceProvider.GetServices<IPersonalDataExporter>().Single(e => e.Module == "Support");
            await exporter.ExportAsync(userId, writer, CancellationToken.None);
        }

        writer.Json["tickets"].ShouldContain("Export me");
        writer.Json["tickets"].ShouldContain("Thanks!");
        writer.Json["tickets"].ShouldNotContain("INTERNAL");
        writer.Json["feedback"].ShouldContain("Great app");
        writer.Files[$"screenshots/{id}.png"].ShouldBe(SupportApi.Png);
    }

    [Fact]
    public async Task Given_an_athlete_and_an_operator_When_both_are_erased_twice_Then_no_support_row_refers_to_either()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var athleteId = await app.UserIdAsync(athlete);
        var id = await athlete.OpenTicketAsync("Erase me");
        await athlete.UploadScreenshotAsync(id, SupportApi.Png);
        await athlete.PostAsJsonAsync(SupportApi.Feedback, new { category = "idea", text = "erase" });
        var other = await app.CreateAthleteClientAsync();
        var otherTicket = await other.OpenTicketAsync("Stays");
        var (operatorClient, operatorId) = await app.CreateSecondOperatorAsync();
        await operatorClient.ReplyAsOperatorAsync(id, "Reply to the erased athlete");
        await operatorClient.ReplyAsOperatorAsync(otherTicket, "Reply that stays, anonymised");
        await operatorClient.PostAsJsonAsync($"{SupportApi.Queue}/{otherTicket}/notes", new { text = "note that stays" });

        foreach (var userId in new[] { athleteId, operatorId, athleteId })
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(new AccountErasureRequested(userId));
        }

        await app.Services.QueryAsync<SupportDbContext, bool>(async db =>
        {
            (await db.Tickets.CountAsync(t => t.AuthorId == athleteId || t.AssigneeId == operatorId || t.AssigneeId == athleteId)).ShouldBe(0);
            (await db.Messages.CountAsync(m => m.AuthorId == athleteId || m.AuthorId == operatorId || m.TicketId == id)).ShouldBe(0);
            (await db.Screenshots.CountAsync(s => s.TicketId == id)).ShouldBe(0);
            (await db.Feedback.CountAsync(f => f.AuthorId == athleteId)).ShouldBe(0);
            (await db.Messages.CountAsync(m => m.TicketId == otherTicket)).ShouldBe(3);
            return true;
        });
        var kept = await (await other.GetAsync($"{SupportApi.Tickets}/{otherTicket}")).ReadJsonAsync();
        kept.GetProperty("messages").GetArrayLength().ShouldBe(2);
    }

    private sealed class RecordingWriter : IPersonalDataWriter
    {
        public Dictionary<string, string> Json { get; } = [];

        public Dictionary<string, byte[]> Files { get; } = [];

        public Task WriteJsonAsync<T>(string name, T value, CancellationToken cancellationToken)
        {
            Json[name] = JsonSerializer.Serialize(value, new JsonSerializerOptions(JsonSerializerDefaults.Web));
            return Task.CompletedTask;
        }

        public Task WriteFileAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
        {
            Files[path] = content.ToArray();
            return Task.CompletedTask;
        }
    }
}

public sealed class SupportPersonalDataTests_Sqlite(SqliteSupportApp app) : SupportPersonalDataTests(app), IClassFixture<SqliteSupportApp>;

public sealed class SupportPersonalDataTests_Postgres(PostgresSupportApp app) : SupportPersonalDataTests(app), IClassFixture<PostgresSupportApp>;
