using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Accounts.Contracts.Profiles;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Accounts;

/// <summary>What other modules read through the Accounts contract <see cref="GetAthleteProfiles"/>.</summary>
public abstract class ProfileContractTests(FitnessAppFactory app)
{
    [Fact]
    public async Task Given_a_saved_profile_and_settings_When_another_module_asks_Then_every_field_is_what_was_saved()
    {
        var client = await app.CreateAthleteClientAsync();
        (await client.PutProfileAsync(ProfileApi.Profile())).EnsureSuccessStatusCode();
        (await client.PutSettingsAsync(ProfileApi.SettingsBody())).EnsureSuccessStatusCode();
        var id = (await client.GetMeAsync()).Id();

        var profiles = await SendAsync(new GetAthleteProfiles([id]));

        var profile = profiles.ShouldHaveSingleItem();
        (profile with { PreferredSports = null }).ShouldBe(
            new AthleteProfile(id, "Profile Runner", new DateOnly(1990, 5, 17), Sex.Female, 168.5, 61.2, 188, 48, UnitSystem.Imperial, "ru", "Europe/Berlin", DefaultVisibility.Followers,
                null, AthleteProfileVisibility.FollowersOnly, "Berlin", "DE", "Marathons and mountains."));
        profile.PreferredSports.ShouldBe(["running", "trailRunning"]);
    }

    [Fact]
    public async Task Given_a_new_athlete_When_another_module_asks_Then_the_defaults_come_back()
    {
        var client = await app.CreateAthleteClientAsync();
        var id = (await client.GetMeAsync()).Id();

        var profile = (await SendAsync(new GetAthleteProfiles([id]))).ShouldHaveSingleItem();

        (profile with { PreferredSports = null }).ShouldBe(new AthleteProfile(id, "Test Athlete", null, Sex.Unspecified, null, null, null, null, UnitSystem.Metric, "en", "UTC", DefaultVisibility.Private));
        profile.PreferredSports.ShouldBe([]);
        profile.AgeOn(new DateOnly(2026, 11, 21)).ShouldBeNull();
    }

    [Fact]
    public async Task Given_known_unknown_and_repeated_ids_When_asking_once_Then_each_known_athlete_comes_back_once_and_unknown_ids_are_left_out()
    {
        var first = await app.CreateAthleteClientAsync();
        var second = await app.CreateAthleteClientAsync();
        (await second.PutProfileAsync(ProfileApi.Profile("""{"displayName":"Second","maxHeartRate":175,"restingHeartRate":55}"""))).EnsureSuccessStatusCode();
        var firstId = (await first.GetMeAsync()).Id();
        var secondId = (await second.GetMeAsync()).Id();

        var profiles = await SendAsync(new GetAthleteProfiles([firstId, Guid.NewGuid(), secondId, firstId]));

        profiles.Select(p => p.UserId).ShouldBe([firstId, secondId], ignoreOrder: true);
        var secondProfile = profiles.Single(p => p.UserId == secondId);
        secondProfile.DisplayName.ShouldBe("Second");
        secondProfile.MaxHeartRate.ShouldBe(175);
        secondProfile.RestingHeartRate.ShouldBe(55);
    }

    [Fact]
    public async Task Given_no_ids_When_asking_Then_the_answer_is_empty()
    {
        (await SendAsync(new GetAthleteProfiles([]))).ShouldBeEmpty();
    }

    private async Task<IReadOnlyList<AthleteProfile>> SendAsync(GetAthleteProfiles query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(query);
    }
}

public sealed class ProfileContractTests_Sqlite(SqliteApp app) : ProfileContractTests(app), IClassFixture<SqliteApp>;

public sealed class ProfileContractTests_Postgres(PostgresApp app) : ProfileContractTests(app), IClassFixture<PostgresApp>;
