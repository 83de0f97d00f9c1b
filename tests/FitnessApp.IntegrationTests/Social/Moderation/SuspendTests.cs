using System.Net;
using System.Net.Http.Json;
using FitnessApp.IntegrationTests.Accounts.Security;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Accounts.Data;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.IntegrationTests.Social.Moderation;

/// <summary>Suspending a reported athlete locks their sign-in until the end of the suspension, audited naming the operator.</summary>
public abstract class SuspendTests(ModerationApp app)
{
    [Fact]
    public async Task Given_a_reported_athlete_When_suspended_for_two_days_Then_sign_in_fails_the_lock_ends_two_days_later_and_the_suspension_is_audited()
    {
        var reporter = await app.AthleteAsync();
        var owner = await app.AthleteAsync();
        var report = await (await reporter.Client.PostAsJsonAsync(SocialApi.Reports, new { target = "athlete", targetId = owner.Id, reason = "harassment" })).BodyAsync();
        var operatorClient = await app.OperatorClientAsync();

        var response = await operatorClient.PostAsJsonAsync(
            $"{SocialApi.Queue}/{report.GetProperty("id").GetGuid()}/resolve", new { action = "suspend", suspendDays = 2, note = "repeated insults" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await app.CreateClient().LoginRawAsync(owner.Email, ApiClientExtensions.Password)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var details = await app.Services.QueryAsync<AccountsDbContext, List<string>>(db =>
            db.AuditEntries.Where(e => e.UserId == owner.Id && e.Kind == "accountSuspended").Select(e => e.Details ?? "").ToListAsync());
        details.Single().ShouldContain("repeated insults");
        details.Single().ShouldContain(SocialApp.OperatorEmail);
        var outcome = (await app.NotificationsOfAsync(reporter.Id)).Single();
        outcome.Excerpt.ShouldBe("suspend");

        // Identity reads the lockout end against the system clock, so the end is checked where it is kept.
        var lockoutEnd = await app.Services.QueryAsync<AccountsDbContext, DateTimeOffset?>(db =>
            db.Users.Where(u => u.Id == owner.Id).Select(u => u.LockoutEnd).SingleAsync());
        lockoutEnd.ShouldNotBeNull();
        (lockoutEnd.Value - app.Clock.GetUtcNow().AddDays(2)).Duration().ShouldBeLessThan(TimeSpan.FromMinutes(1));
    }
}

public sealed class SuspendTests_Sqlite(ModerationSqliteApp app) : SuspendTests(app), IClassFixture<ModerationSqliteApp>;

public sealed class SuspendTests_Postgres(ModerationPostgresApp app) : SuspendTests(app), IClassFixture<ModerationPostgresApp>;
