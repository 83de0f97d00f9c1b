using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using FitnessApp.IntegrationTests.Infrastructure;

namespace FitnessApp.IntegrationTests.Accounts;

public abstract class ProfileValidationTests(FitnessAppFactory app)
{
    [Theory]
    [InlineData("""{"displayName":"  "}""", "displayName")]
    [InlineData("""{"displayName":null}""", "displayName")]
    [InlineData("""{"bio":"__501__"}""", "bio")]
    [InlineData("""{"city":"__101__"}""", "city")]
    [InlineData("""{"country":"XX"}""", "country")]
    [InlineData("""{"country":"DEU"}""", "country")]
    [InlineData("""{"country":"en-US"}""", "country")]
    [InlineData("""{"sex":"other"}""", "sex")]
    [InlineData("""{"sex":"1"}""", "sex")]
    [InlineData("""{"heightCm":49.9}""", "heightCm")]
    [InlineData("""{"heightCm":272.1}""", "heightCm")]
    [InlineData("""{"weightKg":19.9}""", "weightKg")]
    [InlineData("""{"weightKg":400.5}""", "weightKg")]
    [InlineData("""{"maxHeartRate":99}""", "maxHeartRate")]
    [InlineData("""{"maxHeartRate":241}""", "maxHeartRate")]
    [InlineData("""{"restingHeartRate":24}""", "restingHeartRate")]
    [InlineData("""{"restingHeartRate":121}""", "restingHeartRate")]
    [InlineData("""{"maxHeartRate":110,"restingHeartRate":110}""", "restingHeartRate")]
    [InlineData("""{"maxHeartRate":105,"restingHeartRate":115}""", "restingHeartRate")]
    [InlineData("""{"preferredSports":["running","unicycling"]}""", "preferredSports[1]")]
    [InlineData("""{"preferredSports":[null]}""", "preferredSports[0]")]
    [InlineData("""{"birthDate":"__FUTURE__"}""", "birthDate")]
    [InlineData("""{"birthDate":"__AGE_4__"}""", "birthDate")]
    [InlineData("""{"birthDate":"__AGE_121__"}""", "birthDate")]
    public async Task Given_one_invalid_profile_field_When_putting_me_Then_400_names_that_field_and_nothing_is_stored(string overrides, string field)
    {
        var client = await app.CreateAthleteClientAsync();
        var id = (await client.GetMeAsync()).Id();
        var before = await app.StoredProfileAsync(id);

        var response = await client.PutProfileAsync(Expand(ProfileApi.Profile(overrides)));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorKeys().ShouldBe([field]);
        (await app.StoredProfileAsync(id)).ShouldBe(before);
    }

    [Fact]
    public async Task Given_several_invalid_profile_fields_When_putting_me_Then_each_is_named_at_once()
    {
        var client = await app.CreateAthleteClientAsync();

        var response = await client.PutProfileAsync(ProfileApi.Profile("""{"heightCm":20,"weightKg":1000,"country":"ZZ","sex":"x"}"""));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorKeys().ShouldBe(["heightCm", "weightKg", "country", "sex"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("""{"birthDate":"17.05.1990"}""", "birthDate")]
    [InlineData("""{"heightCm":"tall"}""", "heightCm")]
    [InlineData("""{"maxHeartRate":180.5}""", "maxHeartRate")]
    public async Task Given_a_value_of_the_wrong_type_When_putting_me_Then_400_whose_detail_names_the_member(string overrides, string field)
    {
        var client = await app.CreateAthleteClientAsync();

        var response = await client.PutProfileAsync(ProfileApi.Profile(overrides));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("detail").GetString()!.ShouldContain(field);
    }

    [Theory]
    [InlineData("""{"units":"furlongs"}""", "units")]
    [InlineData("""{"units":null}""", "units")]
    [InlineData("""{"language":"de"}""", "language")]
    [InlineData("""{"language":"EN"}""", "language")]
    [InlineData("""{"timeZone":"Mars/Olympus_Mons"}""", "timeZone")]
    [InlineData("""{"timeZone":""}""", "timeZone")]
    [InlineData("""{"timeZone":"Pacific Standard Time"}""", "timeZone")]
    [InlineData("""{"defaultActivityVisibility":"friends"}""", "defaultActivityVisibility")]
    [InlineData("""{"profileVisibility":"private"}""", "profileVisibility")]
    [InlineData("""{"profileVisibility":"public,followersOnly"}""", "profileVisibility")]
    public async Task Given_one_invalid_setting_When_putting_settings_Then_400_names_that_field_and_nothing_is_stored(string overrides, string field)
    {
        var client = await app.CreateAthleteClientAsync();
        var id = (await client.GetMeAsync()).Id();
        var before = await app.StoredProfileAsync(id);

        var response = await client.PutSettingsAsync(ProfileApi.SettingsBody(overrides));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorKeys().ShouldBe([field]);
        (await app.StoredProfileAsync(id)).ShouldBe(before);
    }

    [Fact]
    public async Task Given_an_empty_settings_body_When_putting_settings_Then_every_setting_is_named()
    {
        var client = await app.CreateAthleteClientAsync();

        var response = await client.PutSettingsAsync(new JsonObject());

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorKeys().ShouldBe(["units", "language", "timeZone", "defaultActivityVisibility", "profileVisibility"], ignoreOrder: true);
    }

    /// <summary>Placeholders for values that depend on today: __501__ (a text that long), __FUTURE__, __AGE_n__.</summary>
    private static JsonObject Expand(JsonObject body)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        foreach (var (name, value) in body.ToList())
        {
            if (value is JsonValue text && text.TryGetValue<string>(out var s) && s.StartsWith("__", StringComparison.Ordinal))
            {
                var inner = s.Trim('_');
                body[name] = inner switch
                {
                    "FUTURE" => Date(today.AddDays(1)),
                    _ when inner.StartsWith("AGE_", StringComparison.Ordinal) =>
                        Date(today.AddYears(-int.Parse(inner[4..], CultureInfo.InvariantCulture) - 1).AddDays(1)),
                    _ => new string('x', int.Parse(inner, CultureInfo.InvariantCulture)),
                };
            }
        }

        return body;
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

public sealed class ProfileValidationTests_Sqlite(SqliteApp app) : ProfileValidationTests(app), IClassFixture<SqliteApp>;

public sealed class ProfileValidationTests_Postgres(PostgresApp app) : ProfileValidationTests(app), IClassFixture<PostgresApp>;
