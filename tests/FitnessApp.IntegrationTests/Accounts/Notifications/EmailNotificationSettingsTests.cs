using System.Net;
using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;

namespace FitnessApp.IntegrationTests.Accounts.Notifications;

public abstract class EmailNotificationSettingsTests(FitnessAppFactory app)
{
    [Fact]
    public async Task Given_a_new_athlete_When_reading_me_Then_every_email_notification_is_on_except_the_shop_offers()
    {
        var client = await app.CreateAthleteClientAsync();

        var notifications = (await client.GetMeAsync()).GetProperty("settings").GetProperty("emailNotifications");

        Kinds(notifications).ShouldBe(new Dictionary<string, bool>
        {
            ["supportReplies"] = true, ["newFollowers"] = true, ["achievements"] = true, ["trainingReminders"] = true,
            ["followRequests"] = true, ["kudos"] = true, ["comments"] = true, ["mentions"] = true, ["groupInvitations"] = true, ["eventReminders"] = true,
            ["orders"] = true, ["shopOffers"] = false,
        });
    }

    [Fact]
    public async Task Given_two_kinds_switched_off_When_saving_and_later_saving_without_the_object_Then_me_keeps_them_off()
    {
        var client = await app.CreateAthleteClientAsync();

        var response = await client.PutSettingsAsync(ProfileApi.SettingsBody("""{"emailNotifications":{"supportReplies":false,"achievements":false}}"""));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await client.PutSettingsAsync(ProfileApi.SettingsBody("""{"units":"metric"}"""))).EnsureSuccessStatusCode();

        var notifications = (await client.GetMeAsync()).GetProperty("settings").GetProperty("emailNotifications");
        Kinds(notifications).ShouldBe(new Dictionary<string, bool>
        {
            ["supportReplies"] = false, ["newFollowers"] = true, ["achievements"] = false, ["trainingReminders"] = true,
            ["followRequests"] = true, ["kudos"] = true, ["comments"] = true, ["mentions"] = true, ["groupInvitations"] = true, ["eventReminders"] = true,
            ["orders"] = true, ["shopOffers"] = false,
        });
    }

    [Fact]
    public async Task Given_a_kind_switched_off_When_switching_it_on_again_Then_it_is_on()
    {
        var client = await app.CreateAthleteClientAsync();
        (await client.PutSettingsAsync(ProfileApi.SettingsBody("""{"emailNotifications":{"newFollowers":false}}"""))).EnsureSuccessStatusCode();

        (await client.PutSettingsAsync(ProfileApi.SettingsBody("""{"emailNotifications":{"newFollowers":true}}"""))).EnsureSuccessStatusCode();

        (await client.GetMeAsync()).GetProperty("settings").GetProperty("emailNotifications").GetProperty("newFollowers").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Given_the_opt_in_shop_offers_When_switching_them_on_and_off_Then_me_follows_and_other_kinds_stay_on()
    {
        var client = await app.CreateAthleteClientAsync();

        (await client.PutSettingsAsync(ProfileApi.SettingsBody("""{"emailNotifications":{"shopOffers":true}}"""))).EnsureSuccessStatusCode();
        var on = (await client.GetMeAsync()).GetProperty("settings").GetProperty("emailNotifications");
        (await client.PutSettingsAsync(ProfileApi.SettingsBody("""{"emailNotifications":{"shopOffers":false,"orders":false}}"""))).EnsureSuccessStatusCode();
        var off = (await client.GetMeAsync()).GetProperty("settings").GetProperty("emailNotifications");

        on.GetProperty("shopOffers").GetBoolean().ShouldBeTrue();
        on.GetProperty("orders").GetBoolean().ShouldBeTrue();
        off.GetProperty("shopOffers").GetBoolean().ShouldBeFalse();
        off.GetProperty("orders").GetBoolean().ShouldBeFalse();
        off.GetProperty("kudos").GetBoolean().ShouldBeTrue();
    }

    [Theory]
    [InlineData("""{"emailNotifications":{"pushSpam":false}}""", "emailNotifications.pushSpam")]
    [InlineData("""{"emailNotifications":{"supportReplies":null}}""", "emailNotifications.supportReplies")]
    [InlineData("""{"emailNotifications":{"supportReplies":false,"1":true}}""", "emailNotifications.1")]
    public async Task Given_a_bad_kind_or_value_When_saving_settings_Then_400_names_it_and_nothing_changes(string overrides, string field)
    {
        var client = await app.CreateAthleteClientAsync();

        var response = await client.PutSettingsAsync(ProfileApi.SettingsBody(overrides));

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe([field]);
        var me = await client.GetMeAsync();
        me.GetProperty("settings").GetProperty("units").GetString().ShouldBe("metric");
        me.GetProperty("settings").GetProperty("emailNotifications").GetProperty("supportReplies").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Given_a_value_that_is_not_a_boolean_When_saving_settings_Then_400()
    {
        var client = await app.CreateAthleteClientAsync();

        var response = await client.PutSettingsAsync(ProfileApi.SettingsBody("""{"emailNotifications":{"supportReplies":"no"}}"""));

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("detail").GetString()!.ShouldContain("emailNotifications");
    }

    private static Dictionary<string, bool> Kinds(JsonElement notifications) =>
        notifications.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetBoolean());
}

public sealed class EmailNotificationSettingsTests_Sqlite(SqliteApp app) : EmailNotificationSettingsTests(app), IClassFixture<SqliteApp>;

public sealed class EmailNotificationSettingsTests_Postgres(PostgresApp app) : EmailNotificationSettingsTests(app), IClassFixture<PostgresApp>;
