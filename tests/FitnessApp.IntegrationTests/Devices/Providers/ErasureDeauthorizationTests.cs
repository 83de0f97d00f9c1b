using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Training;
using FitnessApp.Modules.Accounts.Contracts.PersonalData;
using FitnessApp.Modules.Devices.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Devices.Providers;

/// <summary>Erasing an account asks each connected provider to deauthorize the grant, and goes on when the provider fails.</summary>
public abstract class ErasureDeauthorizationTests(ProvidersApp app)
{
    private const string Strava = "strava";

    [Fact]
    public async Task Given_a_connected_athlete_When_the_account_is_erased_Then_the_provider_is_asked_to_deauthorize_and_the_connection_is_gone()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var athleteId = await athlete.AthleteIdAsync();
        await app.ConnectAsync(athlete, Strava, NewProviderAthlete());
        var deauthorizations = app.Provider.Deauthorizations;

        await EraseAsync(athleteId);

        app.Provider.Deauthorizations.ShouldBe(deauthorizations + 1);
        (await ConnectionsAsync(athleteId)).ShouldBe(0);
    }

    [Fact]
    public async Task Given_a_provider_that_refuses_When_the_account_is_erased_Then_the_erasure_still_deletes_the_connection()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var athleteId = await athlete.AthleteIdAsync();
        await app.ConnectAsync(athlete, Strava, NewProviderAthlete());
        var deauthorizations = app.Provider.Deauthorizations;
        app.Clock.Advance(FakeProvider.TokenLifetime + TimeSpan.FromHours(1));
        app.Provider.RejectRefresh = true;
        try
        {
            await EraseAsync(athleteId);
        }
        finally
        {
            app.Provider.RejectRefresh = false;
        }

        app.Provider.Deauthorizations.ShouldBe(deauthorizations);
        (await ConnectionsAsync(athleteId)).ShouldBe(0);
    }

    private static string NewProviderAthlete() => Random.Shared.NextInt64(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task EraseAsync(Guid athleteId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(new AccountErasureRequested(athleteId));
    }

    private Task<int> ConnectionsAsync(Guid athleteId) =>
        app.Services.QueryAsync<DevicesDbContext, int>(db => db.ProviderConnections.CountAsync(c => c.AthleteId == athleteId));
}

public sealed class ErasureDeauthorizationTests_Sqlite(ProvidersSqliteApp app) : ErasureDeauthorizationTests(app), IClassFixture<ProvidersSqliteApp>;

public sealed class ErasureDeauthorizationTests_Postgres(ProvidersPostgresApp app) : ErasureDeauthorizationTests(app), IClassFixture<ProvidersPostgresApp>;
