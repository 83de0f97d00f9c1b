using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Notifications;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.IntegrationTests.Social.Moderation;

/// <summary>Operators see reported targets grouped, act on them, and every reporter learns the outcome (not the note).</summary>
public abstract class ModerationQueueTests(ModerationApp app)
{
    [Fact]
    public async Task Given_an_athlete_who_is_not_an_operator_When_calling_the_queue_Then_403()
    {
        var athlete = await app.AthleteAsync();
        var id = Guid.NewGuid();

        (await athlete.Client.GetAsync(SocialApi.Queue)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await athlete.Client.GetAsync($"{SocialApi.Queue}/{id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await athlete.Client.PostAsJsonAsync($"{SocialApi.Queue}/{id}/resolve", new { action = "dismiss" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await athlete.Client.PostAsync($"{SocialApi.Queue}/{id}/unhide", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Given_two_reports_on_one_comment_When_an_operator_lists_and_opens_Then_one_item_with_count_two_and_both_reports()
    {
        var (comment, _, reports) = await ReportedCommentAsync();
        var operatorClient = await app.OperatorClientAsync();

        var queue = (await operatorClient.GetOkJsonAsync($"{SocialApi.Queue}?status=open&target=comment")).GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("targetId").GetGuid() == comment).ToList();
        var detail = await operatorClient.GetOkJsonAsync($"{SocialApi.Queue}/{reports[0]}");

        queue.Count.ShouldBe(1);
        queue[0].GetProperty("reportCount").GetInt32().ShouldBe(2);
        queue[0].GetProperty("id").GetGuid().ShouldBe(reports[1]);
        queue[0].GetProperty("description").GetString().ShouldBe($"comment {comment}");
        detail.GetProperty("reports").GetArrayLength().ShouldBe(2);
        detail.GetProperty("owner").GetProperty("name").GetString().ShouldBe("Test Athlete");
        await (await operatorClient.GetAsync($"{SocialApi.Queue}/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_two_reports_When_the_operator_warns_Then_both_resolve_each_reporter_is_told_the_outcome_without_the_note_and_the_owner_is_warned()
    {
        var (comment, owner, reports) = await ReportedCommentAsync();
        var operatorClient = await app.OperatorClientAsync();

        var response = await operatorClient.PostAsJsonAsync($"{SocialApi.Queue}/{reports[0]}/resolve", new { action = "warn", note = "secret operator note" });

        var resolved = await response.BodyAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, resolved.ToString());
        resolved.GetProperty("status").GetString().ShouldBe("resolved");
        resolved.GetProperty("reports").EnumerateArray().ShouldAllBe(r => r.GetProperty("status").GetString() == "resolved");
        foreach (var reporter in await ReportersAsync(reports))
        {
            var outcome = (await app.NotificationsOfAsync(reporter)).Single();
            outcome.Kind.ShouldBe(NotificationKind.ReportOutcome);
            outcome.Excerpt.ShouldBe("warn");
        }

        var warning = (await app.NotificationsOfAsync(owner)).Single();
        warning.Kind.ShouldBe(NotificationKind.Warning);
        (await app.NotificationsOfAsync(owner)).Concat(await app.NotificationsOfAsync((await ReportersAsync(reports))[0]))
            .ShouldNotContain(n => n.Excerpt != null && n.Excerpt.Contains("secret", StringComparison.Ordinal));
        var audit = await AuditAsync(owner, "moderationAction");
        audit.ShouldContain(d => d.Contains("warn comment", StringComparison.Ordinal));
        await (await operatorClient.PostAsJsonAsync($"{SocialApi.Queue}/{reports[1]}/resolve", new { action = "dismiss" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Given_a_reported_comment_When_hidden_then_unhidden_Then_the_target_is_hidden_and_shown_again()
    {
        var (comment, _, reports) = await ReportedCommentAsync();
        var operatorClient = await app.OperatorClientAsync();

        (await operatorClient.PostAsJsonAsync($"{SocialApi.Queue}/{reports[0]}/resolve", new { action = "hide" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        app.Comments.Hidden.ContainsKey(comment).ShouldBeTrue();
        var resolved = (await operatorClient.GetOkJsonAsync($"{SocialApi.Queue}?status=resolved&target=comment")).GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("targetId").GetGuid() == comment);
        resolved.GetProperty("action").GetString().ShouldBe("hide");

        (await operatorClient.PostAsync($"{SocialApi.Queue}/{reports[0]}/unhide", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        app.Comments.Hidden.ContainsKey(comment).ShouldBeFalse();
    }

    [Fact]
    public async Task Given_a_dismissed_report_When_unhiding_Then_409()
    {
        var (_, _, reports) = await ReportedCommentAsync();
        var operatorClient = await app.OperatorClientAsync();
        (await operatorClient.PostAsJsonAsync($"{SocialApi.Queue}/{reports[0]}/resolve", new { action = "dismiss" })).EnsureSuccessStatusCode();

        await (await operatorClient.PostAsync($"{SocialApi.Queue}/{reports[0]}/unhide", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("""{"action":"ban"}""", "action")]
    [InlineData("""{"action":"suspend"}""", "suspendDays")]
    [InlineData("""{"action":"suspend","suspendDays":0}""", "suspendDays")]
    [InlineData("""{"action":"suspend","suspendDays":366}""", "suspendDays")]
    public async Task Given_bad_input_When_resolving_Then_400_names_the_field_and_the_report_stays_open(string body, string field)
    {
        var (_, _, reports) = await ReportedCommentAsync();
        var operatorClient = await app.OperatorClientAsync();

        var response = await operatorClient.PostAsync($"{SocialApi.Queue}/{reports[0]}/resolve", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe([field]);
        (await operatorClient.GetOkJsonAsync($"{SocialApi.Queue}/{reports[0]}")).GetProperty("status").GetString().ShouldBe("open");
    }

    [Theory]
    [InlineData("status=closed", "status")]
    [InlineData("target=bicycle", "target")]
    [InlineData("cursor=nope", "cursor")]
    public async Task Given_bad_filters_When_listing_the_queue_Then_400_names_the_field(string query, string field)
    {
        var operatorClient = await app.OperatorClientAsync();

        var response = await operatorClient.GetAsync($"{SocialApi.Queue}?{query}");

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe([field]);
    }

    /// <summary>A comment by a new athlete, reported by two others (the second report is the newer).</summary>
    private async Task<(Guid Comment, Guid Owner, Guid[] Reports)> ReportedCommentAsync()
    {
        var owner = await app.AthleteAsync();
        var comment = app.Comments.Add(owner.Id);
        var reports = new List<Guid>();
        foreach (var reason in new[] { "spam", "harassment" })
        {
            var reporter = await app.AthleteAsync();
            var response = await reporter.Client.PostAsJsonAsync(SocialApi.Reports, new { target = "comment", targetId = comment, reason });
            response.StatusCode.ShouldBe(HttpStatusCode.Created);
            reports.Add((await response.BodyAsync()).GetProperty("id").GetGuid());
            app.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        return (comment, owner.Id, [.. reports]);
    }

    private Task<List<Guid>> ReportersAsync(Guid[] reports) =>
        app.Services.QueryAsync<SocialDbContext, List<Guid>>(db =>
            db.Reports.Where(r => reports.Contains(r.Id)).Select(r => r.ReporterId).ToListAsync());

    private Task<List<string>> AuditAsync(Guid userId, string kind) =>
        app.Services.QueryAsync<AccountsDbContext, List<string>>(db =>
            db.AuditEntries.Where(e => e.UserId == userId && e.Kind == kind).Select(e => e.Details ?? "").ToListAsync());
}

public sealed class ModerationQueueTests_Sqlite(ModerationSqliteApp app) : ModerationQueueTests(app), IClassFixture<ModerationSqliteApp>;

public sealed class ModerationQueueTests_Postgres(ModerationPostgresApp app) : ModerationQueueTests(app), IClassFixture<ModerationPostgresApp>;
