using System.Globalization;
using FitnessApp.Modules.Accounts.Contracts.Notifications;
using FitnessApp.Modules.Social.Notifications;
using FitnessApp.Modules.Social.Notifications.Email;
using FitnessApp.Modules.Social.Notifications.Loyalty;

namespace FitnessApp.Modules.Social.Tests.Notifications;

public sealed class LoyaltyNoticesTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru");

    [Theory]
    [InlineData("en", "First 10 km")]
    [InlineData("ru", "Первые 10 км")]
    public void Given_an_achievement_named_in_both_languages_When_written_for_a_reader_Then_their_language_is_used(string language, string expected) =>
        LoyaltyNotices.NameIn(CultureInfo.GetCultureInfo(language), "First 10 km", "Первые 10 км").ShouldBe(expected);

    [Fact]
    public void Given_no_russian_name_When_written_in_russian_Then_the_english_name_stands_in() =>
        LoyaltyNotices.NameIn(Russian, "First 10 km", " ").ShouldBe("First 10 km");

    [Fact]
    public void Given_a_level_When_written_Then_its_number_and_name_in_each_language()
    {
        LoyaltyNotices.Level(English, 3, "Silver").ShouldBe("Level 3: Silver");
        LoyaltyNotices.Level(Russian, 3, "Серебро").ShouldBe("Уровень 3: Серебро");
    }

    [Fact]
    public void Given_expiring_points_When_written_Then_the_count_and_the_date_in_the_readers_format()
    {
        var on = new DateOnly(2026, 12, 1);

        LoyaltyNotices.Expiring(English, 150, on).ShouldBe($"150 points expire on {on.ToString("d", English)}");
        LoyaltyNotices.Expiring(Russian, 150, on).ShouldBe("Баллов сгорит: 150, дата: 01.12.2026");
    }

    [Theory]
    [InlineData("AchievementEarned", EmailNotificationKind.Achievements)]
    [InlineData("LevelReached", EmailNotificationKind.Achievements)]
    [InlineData("PointsExpiring", null)]
    public void Given_a_loyalty_kind_When_mapped_to_an_email_switch_Then_milestones_are_achievements_and_expiry_is_in_app_only(
        string kind, EmailNotificationKind? expected) =>
        EmailKinds.Of(Enum.Parse<NotificationKind>(kind)).ShouldBe(expected);

    [Theory]
    [InlineData("achievementEarned", "en", "You earned an achievement")]
    [InlineData("levelReached", "ru", "Вы достигли нового уровня")]
    [InlineData("pointsExpiring", "ru", "Часть ваших баллов скоро сгорит")]
    public void Given_a_loyalty_notice_without_an_actor_When_told_Then_the_kinds_sentence(string kind, string language, string expected) =>
        NotificationLines.Sentence(k => Modules.Social.Pages.Notifications.NotificationsText.Get(k, CultureInfo.GetCultureInfo(language)), kind, null, "x")
            .ShouldBe(expected);
}
