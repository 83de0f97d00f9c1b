using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;

namespace FitnessApp.IntegrationTests.Accounts;

public abstract class ProfileTests(FitnessAppFactory app)
{
    [Fact]
    public async Task Given_a_new_athlete_When_reading_me_Then_the_account_fields_stay_and_the_profile_is_empty_with_default_settings()
    {
        var client = await app.CreateAthleteClientAsync();

        var me = await client.GetMeAsync();

        me.EnumerateObject().Select(p => p.Name).ShouldBe(["id", "email", "emailConfirmed", "displayName", "avatarUrl", "roles", "createdAt", "profile", "settings", "privacy"], ignoreOrder: true);
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["athlete"]);
        var profile = me.GetProperty("profile");
        profile.GetProperty("bio").ValueKind.ShouldBe(JsonValueKind.Null);
        profile.GetProperty("birthDate").ValueKind.ShouldBe(JsonValueKind.Null);
        profile.GetProperty("maxHeartRate").ValueKind.ShouldBe(JsonValueKind.Null);
        profile.GetProperty("sex").GetString().ShouldBe("unspecified");
        profile.GetProperty("preferredSports").GetArrayLength().ShouldBe(0);
        var settings = me.GetProperty("settings");
        settings.GetProperty("units").GetString().ShouldBe("metric");
        settings.GetProperty("language").GetString().ShouldBe("en");
        settings.GetProperty("timeZone").GetString().ShouldBe("UTC");
        settings.GetProperty("defaultActivityVisibility").GetString().ShouldBe("private");
        settings.GetProperty("profileVisibility").GetString().ShouldBe("public");
    }

    [Fact]
    public async Task Given_a_full_profile_When_putting_me_Then_200_and_me_returns_every_field()
    {
        var client = await app.CreateAthleteClientAsync();

        var response = await client.PutProfileAsync(ProfileApi.Profile());

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var me = await client.GetMeAsync();
        me.GetProperty("displayName").GetString().ShouldBe("Profile Runner");
        var profile = me.GetProperty("profile");
        profile.GetProperty("bio").GetString().ShouldBe("Marathons and mountains.");
        profile.GetProperty("city").GetString().ShouldBe("Berlin");
        profile.GetProperty("country").GetString().ShouldBe("DE");
        profile.GetProperty("birthDate").GetString().ShouldBe("1990-05-17");
        profile.GetProperty("sex").GetString().ShouldBe("female");
        profile.GetProperty("heightCm").GetDouble().ShouldBe(168.5);
        profile.GetProperty("weightKg").GetDouble().ShouldBe(61.2);
        profile.GetProperty("maxHeartRate").GetInt32().ShouldBe(188);
        profile.GetProperty("restingHeartRate").GetInt32().ShouldBe(48);
        profile.GetProperty("preferredSports").EnumerateArray().Select(s => s.GetString()).ShouldBe(["running", "trailRunning"]);
        me.GetProperty("settings").GetProperty("units").GetString().ShouldBe("metric");
    }

    [Fact]
    public async Task Given_a_stored_profile_When_putting_only_a_display_name_Then_every_other_field_is_cleared()
    {
        var client = await app.CreateAthleteClientAsync();
        (await client.PutProfileAsync(ProfileApi.Profile())).EnsureSuccessStatusCode();

        var response = await client.PutAsJsonAsync(ProfileApi.Me, new { displayName = "  Just A Name  " });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var me = await client.GetMeAsync();
        me.GetProperty("displayName").GetString().ShouldBe("Just A Name");
        var profile = me.GetProperty("profile");
        foreach (var field in new[] { "bio", "city", "country", "birthDate", "heightCm", "weightKg", "maxHeartRate", "restingHeartRate" })
        {
            profile.GetProperty(field).ValueKind.ShouldBe(JsonValueKind.Null, field);
        }

        profile.GetProperty("sex").GetString().ShouldBe("unspecified");
        profile.GetProperty("preferredSports").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Given_a_lower_case_country_and_a_repeated_sport_When_putting_me_Then_the_code_is_upper_case_and_the_sport_listed_once()
    {
        var client = await app.CreateAthleteClientAsync();

        var response = await client.PutProfileAsync(ProfileApi.Profile("""{"country":"ru","preferredSports":["cycling","cycling","yoga"]}"""));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var profile = (await client.GetMeAsync()).GetProperty("profile");
        profile.GetProperty("country").GetString().ShouldBe("RU");
        profile.GetProperty("preferredSports").EnumerateArray().Select(s => s.GetString()).ShouldBe(["cycling", "yoga"]);
    }

    [Fact]
    public async Task Given_settings_When_putting_them_Then_200_me_returns_them_and_the_profile_is_untouched()
    {
        var client = await app.CreateAthleteClientAsync();
        (await client.PutProfileAsync(ProfileApi.Profile())).EnsureSuccessStatusCode();

        var response = await client.PutSettingsAsync(ProfileApi.SettingsBody());

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var me = await client.GetMeAsync();
        var settings = me.GetProperty("settings");
        settings.GetProperty("units").GetString().ShouldBe("imperial");
        settings.GetProperty("language").GetString().ShouldBe("ru");
        settings.GetProperty("timeZone").GetString().ShouldBe("Europe/Berlin");
        settings.GetProperty("defaultActivityVisibility").GetString().ShouldBe("followers");
        settings.GetProperty("profileVisibility").GetString().ShouldBe("followersOnly");
        me.GetProperty("profile").GetProperty("maxHeartRate").GetInt32().ShouldBe(188);
        me.GetProperty("displayName").GetString().ShouldBe("Profile Runner");
    }

    [Fact]
    public async Task Given_two_athletes_When_one_changes_the_profile_and_settings_Then_the_other_keeps_the_defaults()
    {
        var changer = await app.CreateAthleteClientAsync();
        var bystander = await app.CreateAthleteClientAsync();

        (await changer.PutProfileAsync(ProfileApi.Profile())).EnsureSuccessStatusCode();
        (await changer.PutSettingsAsync(ProfileApi.SettingsBody())).EnsureSuccessStatusCode();

        var other = await bystander.GetMeAsync();
        other.GetProperty("displayName").GetString().ShouldBe("Test Athlete");
        other.GetProperty("profile").GetProperty("maxHeartRate").ValueKind.ShouldBe(JsonValueKind.Null);
        other.GetProperty("settings").GetProperty("units").GetString().ShouldBe("metric");
    }

    [Theory]
    [InlineData("GET", ProfileApi.Me)]
    [InlineData("PUT", ProfileApi.Me)]
    [InlineData("PUT", ProfileApi.Settings)]
    public async Task Given_no_credentials_When_calling_me_Then_401(string method, string path)
    {
        var client = app.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "PUT")
        {
            request.Content = JsonContent.Create(path == ProfileApi.Me ? ProfileApi.Profile() : ProfileApi.SettingsBody());
        }

        var response = await client.SendAsync(request);

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }
}

public sealed class ProfileTests_Sqlite(SqliteApp app) : ProfileTests(app), IClassFixture<SqliteApp>;

public sealed class ProfileTests_Postgres(PostgresApp app) : ProfileTests(app), IClassFixture<PostgresApp>;
