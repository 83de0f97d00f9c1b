using System.Net;
using System.Net.Http.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Social.Moderation;

/// <summary>Athletes report what they can see: once per target while open, never their own, never what is hidden from them.</summary>
public abstract class ReportTests(ModerationApp app)
{
    [Theory]
    [InlineData("POST", SocialApi.Reports)]
    [InlineData("GET", SocialApi.Reports + "/mine")]
    [InlineData("GET", SocialApi.Queue)]
    [InlineData("GET", SocialApi.Queue + "/0190a8f0-0000-7000-8000-000000000001")]
    [InlineData("POST", SocialApi.Queue + "/0190a8f0-0000-7000-8000-000000000001/resolve")]
    [InlineData("POST", SocialApi.Queue + "/0190a8f0-0000-7000-8000-000000000001/unhide")]
    public async Task Given_no_token_When_calling_Then_401(string method, string url)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method == "POST")
        {
            request.Content = JsonContent.Create(new { });
        }

        (await app.CreateClient().SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_an_athlete_When_reporting_another_twice_Then_201_then_200_with_the_same_report_listed_once_as_open()
    {
        var reporter = await app.AthleteAsync();
        var target = await app.AthleteAsync();

        var first = await reporter.Client.PostAsJsonAsync(SocialApi.Reports, new { target = "athlete", targetId = target.Id, reason = "spam", text = "Sells watches" });
        var again = await reporter.Client.PostAsJsonAsync(SocialApi.Reports, new { target = "athlete", targetId = target.Id, reason = "other" });

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        var created = await first.BodyAsync();
        (await again.BodyAsync()).GetProperty("id").GetGuid().ShouldBe(created.GetProperty("id").GetGuid());
        created.GetProperty("reason").GetString().ShouldBe("spam");
        created.GetProperty("status").GetString().ShouldBe("open");
        var mine = (await reporter.Client.GetOkJsonAsync($"{SocialApi.Reports}/mine")).GetProperty("items");
        mine.GetArrayLength().ShouldBe(1);
        mine[0].GetProperty("text").GetString().ShouldBe("Sells watches");
        (await target.Client.GetOkJsonAsync($"{SocialApi.Reports}/mine")).GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Given_own_things_When_reporting_them_Then_400_names_targetId()
    {
        var athlete = await app.AthleteAsync();
        var comment = app.Comments.Add(athlete.Id);

        var self = await athlete.Client.PostAsJsonAsync(SocialApi.Reports, new { target = "athlete", targetId = athlete.Id, reason = "spam" });
        var own = await athlete.Client.PostAsJsonAsync(SocialApi.Reports, new { target = "comment", targetId = comment, reason = "spam" });

        (await self.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["targetId"]);
        (await own.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["targetId"]);
    }

    [Fact]
    public async Task Given_an_unknown_athlete_or_one_who_blocked_the_reporter_When_reporting_Then_404()
    {
        var reporter = await app.AthleteAsync();
        var blocker = await app.AthleteAsync();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SocialDbContext>();
            db.Blocks.Add(new Block { BlockerId = blocker.Id, BlockedId = reporter.Id, CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        var unknown = await reporter.Client.PostAsJsonAsync(SocialApi.Reports, new { target = "athlete", targetId = Guid.NewGuid(), reason = "spam" });
        var blocked = await reporter.Client.PostAsJsonAsync(SocialApi.Reports, new { target = "athlete", targetId = blocker.Id, reason = "spam" });

        await unknown.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await blocked.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await reporter.Client.GetOkJsonAsync($"{SocialApi.Reports}/mine")).GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    [Theory]
    [InlineData("""{"target":"bicycle","targetId":"0190a8f0-0000-7000-8000-000000000001","reason":"spam"}""", "target")]
    [InlineData("""{"target":"athlete","targetId":"0190a8f0-0000-7000-8000-000000000001","reason":"boring"}""", "reason")]
    [InlineData("""{"target":"athlete","targetId":"00000000-0000-0000-0000-000000000000","reason":"spam"}""", "targetId")]
    public async Task Given_bad_input_When_reporting_Then_400_names_the_field(string body, string field)
    {
        var reporter = await app.AthleteAsync();

        var response = await reporter.Client.PostAsync(SocialApi.Reports, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe([field]);
    }

    [Fact]
    public async Task Given_a_too_long_text_When_reporting_Then_400_names_text()
    {
        var reporter = await app.AthleteAsync();
        var target = await app.AthleteAsync();

        var response = await reporter.Client.PostAsJsonAsync(SocialApi.Reports, new { target = "athlete", targetId = target.Id, reason = "other", text = new string('x', 1001) });

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["text"]);
    }

    [Fact]
    public async Task Given_reports_When_the_reporter_and_the_reported_owner_are_erased_Then_the_reporters_go_and_the_owner_is_no_longer_named()
    {
        var reporter = await app.AthleteAsync();
        var owner = await app.AthleteAsync();
        var comment = app.Comments.Add(owner.Id);
        (await reporter.Client.PostAsJsonAsync(SocialApi.Reports, new { target = "comment", targetId = comment, reason = "spam" })).EnsureSuccessStatusCode();
        var other = await app.AthleteAsync();
        (await other.Client.PostAsJsonAsync(SocialApi.Reports, new { target = "comment", targetId = comment, reason = "other" })).EnsureSuccessStatusCode();

        await EraseAsync(reporter.Id);
        await EraseAsync(owner.Id);
        await EraseAsync(owner.Id);

        var left = await app.Services.QueryAsync<SocialDbContext, List<Modules.Social.Moderation.Report>>(db =>
            db.Reports.AsNoTracking().Where(r => r.TargetId == comment).ToListAsync());
        left.Single().ReporterId.ShouldBe(other.Id);
        left.Single().TargetOwnerId.ShouldBe(Guid.Empty);
    }

    private async Task EraseAsync(Guid userId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var part = scope.ServiceProvider.GetServices<Modules.Social.PersonalData.ISocialDataPart>().OfType<Modules.Social.Moderation.ReportsDataPart>().Single();
        await part.EraseAsync(userId, CancellationToken.None);
    }
}

public sealed class ReportTests_Sqlite(ModerationSqliteApp app) : ReportTests(app), IClassFixture<ModerationSqliteApp>;

public sealed class ReportTests_Postgres(ModerationPostgresApp app) : ReportTests(app), IClassFixture<ModerationPostgresApp>;
