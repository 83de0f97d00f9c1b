using System.Diagnostics;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Loyalty.Contracts.Promotions;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Loyalty.PersonalData;
using FitnessApp.Modules.Loyalty.Promotions;
using FitnessApp.Modules.Shared.Demo;
using FitnessApp.Modules.Shared.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace FitnessApp.IntegrationTests.Loyalty.Promotions;

/// <summary>Shop's contracts: reserve a use per order atomically under concurrency, commit or release it, idempotently.</summary>
public abstract class PromoRedemptionTests(PromoApp app, ITestOutputHelper output)
{
    [Fact]
    public async Task Given_ATotalLimitOf10_When_50OrdersRedeemAtOnce_Then_Exactly10Succeed()
    {
        var code = await app.CreateCodeAsync(PromoApi.NewCode(), totalLimit: 10);
        var watch = Stopwatch.StartNew();

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => app.RedeemAsync(Guid.NewGuid(), code.Code, Guid.NewGuid()))));

        output.WriteLine($"50 concurrent redemptions on {app.Database}: {watch.ElapsedMilliseconds} ms");
        results.Count(r => r.Redeemed).ShouldBe(10);
        results.Where(r => !r.Redeemed).ShouldAllBe(r => r.Reason == PromoCodeRejection.Exhausted);
        (await RedemptionsAsync(code.Id)).ShouldBe(10);
        (await RowsAsync(code.Id)).ShouldBe(10);
    }

    [Fact]
    public async Task Given_OneOrder_When_ItRedeems20TimesAtOnce_Then_OneUseIsTakenAndEveryAnswerIsTheSame()
    {
        var code = await app.CreateCodeAsync(PromoApi.NewCode(), totalLimit: 5, perUserLimit: 1);
        var user = Guid.NewGuid();
        var order = Guid.NewGuid();

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => app.RedeemAsync(user, code.Code, order, 80m))));

        results.ShouldAllBe(r => r.Redeemed && r.Discount == 8m && r.State == PromoRedemptionState.Reserved);
        (await RedemptionsAsync(code.Id)).ShouldBe(1);
        (await RowsAsync(code.Id)).ShouldBe(1);
        (await app.RedeemAsync(user, code.Code.ToLowerInvariant(), order, 80m)).ShouldBe(results[0]);
    }

    [Fact]
    public async Task Given_APerUserLimitOf3_When_OneAthleteRedeems20OrdersAtOnce_Then_Exactly3Succeed()
    {
        var code = await app.CreateCodeAsync(PromoApi.NewCode(), perUserLimit: 3);
        var user = Guid.NewGuid();

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => app.RedeemAsync(user, code.Code, Guid.NewGuid()))));

        results.Count(r => r.Redeemed).ShouldBe(3);
        results.Where(r => !r.Redeemed).ShouldAllBe(r => r.Reason == PromoCodeRejection.PerUserLimitReached);
        (await RedemptionsAsync(code.Id)).ShouldBe(3);
        (await app.RedeemAsync(Guid.NewGuid(), code.Code, Guid.NewGuid())).Redeemed.ShouldBeTrue("another athlete still may");
    }

    [Fact]
    public async Task Given_AReservedUse_When_Released_Then_TheUseIsGivenBackOnce()
    {
        var code = await app.CreateCodeAsync(PromoApi.NewCode(), totalLimit: 1, perUserLimit: 1);
        var user = Guid.NewGuid();
        var order = Guid.NewGuid();
        (await app.RedeemAsync(user, code.Code, order)).Redeemed.ShouldBeTrue();
        (await app.RedeemAsync(Guid.NewGuid(), code.Code, Guid.NewGuid())).Reason.ShouldBe(PromoCodeRejection.Exhausted);

        var releases = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => app.SendAsync(new ReleasePromoCode(order)))));

        releases.ShouldAllBe(r => r.State == PromoRedemptionState.Released);
        (await RedemptionsAsync(code.Id)).ShouldBe(0);
        (await app.RedeemAsync(user, code.Code, Guid.NewGuid())).Redeemed.ShouldBeTrue("the total and the athlete's use came back");
    }

    [Fact]
    public async Task Given_ACommittedUse_When_Released_Then_ItIsRefusedAndTheUseStays()
    {
        var code = await app.CreateCodeAsync(PromoApi.NewCode(), totalLimit: 3);
        var order = Guid.NewGuid();
        await app.RedeemAsync(Guid.NewGuid(), code.Code, order);

        (await app.SendAsync(new CommitPromoCode(order))).State.ShouldBe(PromoRedemptionState.Committed);
        (await app.SendAsync(new CommitPromoCode(order))).State.ShouldBe(PromoRedemptionState.Committed);
        await Should.ThrowAsync<ConflictException>(() => app.SendAsync(new ReleasePromoCode(order)));

        (await RedemptionsAsync(code.Id)).ShouldBe(1);
        var listed = await app.SendAsync(new Modules.Loyalty.Promotions.GetPromoCode.GetPromoCode(code.Id));
        listed.CommittedUses.ShouldBe(1);
    }

    [Fact]
    public async Task Given_AReleasedUse_When_Committed_Then_ItIsRefused_AndAnUnknownOrderIsNotFound()
    {
        var code = await app.CreateCodeAsync(PromoApi.NewCode());
        var order = Guid.NewGuid();
        await app.RedeemAsync(Guid.NewGuid(), code.Code, order);
        await app.SendAsync(new ReleasePromoCode(order));

        await Should.ThrowAsync<ConflictException>(() => app.SendAsync(new CommitPromoCode(order)));
        await Should.ThrowAsync<NotFoundException>(() => app.SendAsync(new CommitPromoCode(Guid.NewGuid())));
        await Should.ThrowAsync<NotFoundException>(() => app.SendAsync(new ReleasePromoCode(Guid.NewGuid())));
    }

    [Fact]
    public async Task Given_AnOrderThatRedeemedOneCode_When_ItRedeemsAnother_Then_409()
    {
        var first = await app.CreateCodeAsync(PromoApi.NewCode());
        var second = await app.CreateCodeAsync(PromoApi.NewCode());
        var order = Guid.NewGuid();
        await app.RedeemAsync(Guid.NewGuid(), first.Code, order);

        await Should.ThrowAsync<ConflictException>(() => app.RedeemAsync(Guid.NewGuid(), second.Code, order));
    }

    [Fact]
    public async Task Given_MalformedInput_When_Redeemed_Then_AValidationErrorNamesTheField()
    {
        var error = await Should.ThrowAsync<FluentValidation.ValidationException>(() =>
            app.SendAsync(new RedeemPromoCode(Guid.NewGuid(), "X", Guid.NewGuid(), 10m, "EUR", "DE")));

        error.Errors.Select(e => e.PropertyName).ShouldContain("code");
    }

    [Fact]
    public async Task Given_AnAthletesRedemptions_When_TheirAccountIsErased_Then_TheRowsLoseTheUserAndTheTotalsStay()
    {
        var code = await app.CreateCodeAsync(PromoApi.NewCode(), totalLimit: 10, perUserLimit: 2);
        var user = Guid.NewGuid();
        await app.RedeemAsync(user, code.Code, Guid.NewGuid());
        await app.RedeemAsync(user, code.Code, Guid.NewGuid());

        for (var i = 0; i < 2; i++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var part = scope.ServiceProvider.GetServices<ILoyaltyDataPart>().OfType<PromoCodesDataPart>().Single();
            await part.EraseAsync(user, CancellationToken.None);
        }

        (await RedemptionsAsync(code.Id)).ShouldBe(2);
        (await app.Services.QueryAsync<LoyaltyDbContext, int>(db => db.PromoCodeRedemptions.CountAsync(r => r.UserId == user))).ShouldBe(0);
        (await RowsAsync(code.Id)).ShouldBe(2);
        (await app.Services.QueryAsync<LoyaltyDbContext, int>(db => db.PromoCodeUsages.CountAsync(u => u.UserId == user))).ShouldBe(0);
    }

    [Fact]
    public async Task Given_TheDemoSeeder_When_ItRunsTwice_Then_OneWelcomeCodeApplies()
    {
        for (var i = 0; i < 2; i++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var seeder = scope.ServiceProvider.GetServices<IDemoSeeder>().OfType<PromoCodesDemoSeeder>().Single();
            await seeder.SeedAsync(new DemoSeedContext(), CancellationToken.None);
        }

        var codes = await app.Services.QueryAsync<LoyaltyDbContext, List<Modules.Loyalty.Promotions.Domain.PromoCode>>(db =>
            db.PromoCodes.Where(c => c.Code == PromoCodesDemoSeeder.WelcomeCode).ToListAsync());
        var welcome = codes.ShouldHaveSingleItem();
        welcome.Percent.ShouldBe(10);
        welcome.TotalLimit.ShouldBe(1000);
        welcome.PerUserLimit.ShouldBe(1);
        welcome.Countries.ShouldBeEmpty();
        (welcome.EndsAt - welcome.StartsAt).TotalDays.ShouldBeInRange(365, 366);
        var check = await app.SendAsync(new ValidatePromoCode(Guid.NewGuid(), "welcome10", 45.5m, "EUR", "PT"));
        check.Applies.ShouldBeTrue();
        check.Discount.ShouldBe(4.55m);
    }

    private Task<int> RedemptionsAsync(Guid codeId) =>
        app.Services.QueryAsync<LoyaltyDbContext, int>(db => db.PromoCodes.Where(c => c.Id == codeId).Select(c => c.Redemptions).SingleAsync());

    private Task<int> RowsAsync(Guid codeId) =>
        app.Services.QueryAsync<LoyaltyDbContext, int>(db => db.PromoCodeRedemptions.CountAsync(r => r.PromoCodeId == codeId && r.State != PromoRedemptionState.Released));
}

public sealed class PromoRedemptionTests_Sqlite(PromoSqliteApp app, ITestOutputHelper output) : PromoRedemptionTests(app, output), IClassFixture<PromoSqliteApp>;

public sealed class PromoRedemptionTests_Postgres(PromoPostgresApp app, ITestOutputHelper output) : PromoRedemptionTests(app, output), IClassFixture<PromoPostgresApp>;
