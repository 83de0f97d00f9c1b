using System.Net;
using System.Net.Http.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Training;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Loyalty.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Loyalty.Earning;

/// <summary>Referral codes: a new athlete enters one once; both earn the bonus with the new athlete's first device activity.</summary>
public abstract class ReferralTests(EarningApp app)
{
    [Fact]
    public async Task Given_a_new_athlete_with_a_friends_code_When_their_first_device_activity_arrives_Then_both_earn_the_referral_bonus_once()
    {
        var referrer = await app.CreateAthleteClientAsync();
        var referrerId = await referrer.AthleteIdAsync();
        var code = (await (await referrer.GetAsync(EarningApi.Referral)).JsonAsync()).GetProperty("code").GetString()!;
        var (newcomer, newcomerId) = await NewAthleteAsync();

        var entered = await newcomer.PostAsJsonAsync(EarningApi.Referral, new { code = code.ToLowerInvariant() });
        entered.StatusCode.ShouldBe(HttpStatusCode.OK, await entered.Content.ReadAsStringAsync());
        await app.SendAsync(TrackApi.Run(newcomerId));
        await app.SendAsync(TrackApi.Run(newcomerId));

        var referrerEntries = await app.EntriesUntilAsync(referrerId, e => e.Any(x => x.Reason == LedgerReason.Referral), "the referrer's bonus");
        await app.EntriesUntilAsync(newcomerId, e => e.Count(x => x.Reason == LedgerReason.Activity) == 2, "both activities");
        referrerEntries.Single(e => e.Reason == LedgerReason.Referral).Points.ShouldBe(100);
        (await app.EntriesAsync(newcomerId)).Where(e => e.Reason == LedgerReason.Referral).Select(e => e.Points).ShouldBe([100]);
        var summary = await (await referrer.GetAsync(EarningApi.Referral)).JsonAsync();
        summary.GetProperty("code").GetString().ShouldBe(code);
        summary.GetProperty("referredCount").GetInt32().ShouldBe(1);
        summary.GetProperty("pointsEarned").GetInt32().ShouldBe(100);
    }

    [Fact]
    public async Task Given_codes_When_entered_wrongly_Then_own_or_unknown_is_400_naming_code_and_a_second_time_is_409()
    {
        var referrer = await app.CreateAthleteClientAsync();
        var code = (await (await referrer.GetAsync(EarningApi.Referral)).JsonAsync()).GetProperty("code").GetString()!;
        var (newcomer, _) = await NewAthleteAsync();
        var own = (await (await newcomer.GetAsync(EarningApi.Referral)).JsonAsync()).GetProperty("code").GetString()!;

        (await (await newcomer.PostAsJsonAsync(EarningApi.Referral, new { code = own })).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["code"]);
        (await (await newcomer.PostAsJsonAsync(EarningApi.Referral, new { code = "NOSUCH99" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["code"]);
        (await (await newcomer.PostAsJsonAsync(EarningApi.Referral, new { code = "" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["code"]);
        (await newcomer.PostAsJsonAsync(EarningApi.Referral, new { code })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await newcomer.PostAsJsonAsync(EarningApi.Referral, new { code })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Given_an_athlete_registered_long_ago_When_entering_a_code_Then_409()
    {
        var referrer = await app.CreateAthleteClientAsync();
        var code = (await (await referrer.GetAsync(EarningApi.Referral)).JsonAsync()).GetProperty("code").GetString()!;
        var (veteran, veteranId) = await NewAthleteAsync();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LoyaltyDbContext>();
            await db.RegisteredAthletes.Where(r => r.UserId == veteranId)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.RegisteredAt, DateTime.UtcNow.AddDays(-31)));
        }

        await (await veteran.PostAsJsonAsync(EarningApi.Referral, new { code })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    private async Task<(HttpClient Client, Guid Id)> NewAthleteAsync()
    {
        var client = await app.CreateAthleteClientAsync();
        var id = await client.AthleteIdAsync();
        await Polling.UntilAsync(
            () => app.Services.QueryAsync<LoyaltyDbContext, bool>(db => db.RegisteredAthletes.AnyAsync(r => r.UserId == id)),
            seen => seen, TimeSpan.FromSeconds(20), "the registration to reach Loyalty");
        return (client, id);
    }
}

public sealed class ReferralTests_Sqlite(EarningSqliteApp app) : ReferralTests(app), IClassFixture<EarningSqliteApp>;

public sealed class ReferralTests_Postgres(EarningPostgresApp app) : ReferralTests(app), IClassFixture<EarningPostgresApp>;
