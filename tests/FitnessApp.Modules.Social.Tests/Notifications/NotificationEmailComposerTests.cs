using System.Globalization;
using FitnessApp.Modules.Accounts.Contracts.Notifications;
using FitnessApp.Modules.Social.Notifications;
using FitnessApp.Modules.Social.Notifications.Email;
using FitnessApp.Modules.Social.Pages.Notifications;

namespace FitnessApp.Modules.Social.Tests.Notifications;

public sealed class NotificationEmailComposerTests
{
    private static readonly DateTime Noon = new(2026, 11, 22, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Given_one_kudos_When_composing_in_english_Then_the_sentence_is_the_subject_and_the_link_is_the_notifications()
    {
        var email = NotificationEmailComposer.Compose([new(NotificationKind.Kudos, "Anna", null, "/feed/activities/1", Noon)], "en");

        email.Subject.ShouldBe("Anna gave you kudos");
        email.Text.ShouldBe("Anna gave you kudos");
        email.Link.ShouldBe("/feed/activities/1");
    }

    [Fact]
    public void Given_two_comments_When_composing_in_russian_Then_a_counted_subject_and_the_newest_first_with_excerpts()
    {
        var email = NotificationEmailComposer.Compose(
            [
                new(NotificationKind.Comment, "Анна", "Отлично!", "/a", Noon),
                new(NotificationKind.Comment, null, "Быстро", "/b", Noon.AddMinutes(1)),
            ],
            "ru");

        email.Subject.ShouldBe("У вас 2 новых уведомлений в FitnessApp");
        email.Text.ShouldBe("• Кто-то прокомментировал вашу тренировку: «Быстро»\n• Анна прокомментировал вашу тренировку: «Отлично!»");
        email.Link.ShouldBe("/notifications");
    }

    [Fact]
    public void Given_twelve_notifications_When_composing_Then_ten_lines_and_an_ellipsis()
    {
        var items = Enumerable.Range(0, 12).Select(i => new NotificationEmailComposer.Item(NotificationKind.Kudos, $"A{i}", null, "/", Noon.AddMinutes(i))).ToList();

        var email = NotificationEmailComposer.Compose(items, "en");

        email.Text.Split('\n').Length.ShouldBe(11);
        email.Text.ShouldStartWith("• A11 gave you kudos");
        email.Text.ShouldEndWith("…");
    }

    [Theory]
    [InlineData("NewFollower", "NewFollowers")]
    [InlineData("FollowRequest", "FollowRequests")]
    [InlineData("FollowRequestAccepted", "FollowRequests")]
    [InlineData("Kudos", "Kudos")]
    [InlineData("Comment", "Comments")]
    [InlineData("Mention", "Mentions")]
    [InlineData("GroupInvitation", "GroupInvitations")]
    [InlineData("GroupJoinRequest", "GroupInvitations")]
    [InlineData("EventReminder", "EventReminders")]
    public void Given_a_social_kind_When_mapping_to_an_email_switch_Then_its_own_switch(string kind, string expected) =>
        EmailKinds.Of(Enum.Parse<NotificationKind>(kind)).ShouldBe(Enum.Parse<EmailNotificationKind>(expected));

    [Theory]
    [InlineData("ReportOutcome")]
    [InlineData("Warning")]
    public void Given_a_moderation_kind_When_mapping_Then_in_app_only(string kind) => EmailKinds.Of(Enum.Parse<NotificationKind>(kind)).ShouldBeNull();

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public void Given_every_kind_and_outcome_When_reading_its_text_Then_it_exists_in_the_language(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        foreach (var kind in Enum.GetValues<NotificationKind>())
        {
            NotificationsText.Get($"Kind_{kind}", culture).ShouldNotBe($"Kind_{kind}");
        }

        foreach (var action in new[] { "dismiss", "hide", "warn", "suspend" })
        {
            NotificationsText.Get($"Outcome_{action}", culture).ShouldNotBe($"Outcome_{action}");
        }
    }

    [Fact]
    public void Given_claimed_rows_When_splitting_Then_read_old_and_in_app_only_ones_are_skipped()
    {
        Notification Row(NotificationKind kind, DateTime created, DateTime? read = null) => new() { Kind = kind, CreatedAt = created, ReadAt = read };
        var wanted = Row(NotificationKind.Kudos, Noon.AddHours(-1));
        var read = Row(NotificationKind.Kudos, Noon.AddHours(-1), Noon);
        var old = Row(NotificationKind.Comment, Noon.AddDays(-2));
        var warning = Row(NotificationKind.Warning, Noon);

        var (send, skip) = NotificationEmailDispatch.Split([wanted, read, old, warning], Noon);

        send.ShouldBe([wanted]);
        skip.ShouldBe([read, old, warning]);
    }

    [Fact]
    public void Given_a_report_outcome_When_writing_its_line_Then_the_outcome_is_told_and_the_excerpt_not_shown()
    {
        var culture = CultureInfo.GetCultureInfo("en");
        string Text(string key) => NotificationsText.Get(key, culture);

        NotificationLines.Sentence(Text, "reportOutcome", null, "hide").ShouldBe("Your report was reviewed: the content was hidden");
        NotificationLines.ShowsExcerpt("reportOutcome", "hide").ShouldBeFalse();
        NotificationLines.ShowsExcerpt("comment", "Nice").ShouldBeTrue();
    }
}
