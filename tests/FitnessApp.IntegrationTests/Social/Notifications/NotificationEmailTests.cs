using FitnessApp.IntegrationTests.Accounts;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Notifications;
using FitnessApp.Modules.Social.Notifications.Email;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Social.Notifications;

/// <summary>The email job: only the kinds the recipient enabled, each notification once, grouped per recipient and kind.</summary>
public abstract class NotificationEmailTests(SocialApp app)
{
    [Fact]
    public async Task Given_comments_switched_off_When_the_job_runs_twice_Then_only_the_kudos_is_emailed_once_and_the_comment_is_skipped()
    {
        var recipient = await app.AthleteAsync(confirmed: true);
        var actor = await app.AthleteAsync();
        (await recipient.Client.PutSettingsAsync(ProfileApi.SettingsBody("""{"language":"en","emailNotifications":{"comments":false}}"""))).EnsureSuccessStatusCode();
        await app.NotifyAsync(recipient.Id, NotificationKind.Kudos, actor.Id, "/feed/activities/42");
        await app.NotifyAsync(recipient.Id, NotificationKind.Comment, actor.Id, excerpt: "muted comment");

        await RunAsync();
        await RunAsync();

        var message = await app.Mailbox.WaitForAsync(recipient.Email, "gave you kudos");
        message.Subject.ShouldBe("Test Athlete gave you kudos");
        message.LinkPath.ShouldBe("/feed/activities/42");
        await Task.Delay(500);
        app.Mailbox.To(recipient.Email).Count(m => m.Subject.Contains("kudos", StringComparison.Ordinal)).ShouldBe(1);
        app.Mailbox.To(recipient.Email).ShouldNotContain(m => m.Text.Contains("muted comment", StringComparison.Ordinal));
        var rows = await ProcessedAsync(recipient.Id, 2);
        rows.Single(n => n.Kind == NotificationKind.Kudos).EmailSkipped.ShouldBeFalse();
        rows.Single(n => n.Kind == NotificationKind.Comment).EmailSkipped.ShouldBeTrue();
    }

    [Fact]
    public async Task Given_three_kudos_and_a_read_one_When_the_job_runs_Then_one_email_lists_the_unread_two()
    {
        var recipient = await app.AthleteAsync(confirmed: true);
        var actor = await app.AthleteAsync();
        (await recipient.Client.PutSettingsAsync(ProfileApi.SettingsBody("""{"language":"en"}"""))).EnsureSuccessStatusCode();
        Guid read;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // One unit of work, so that the every-minute job sees all three or none.
            var db = scope.ServiceProvider.GetRequiredService<SocialDbContext>();
            var notifier = scope.ServiceProvider.GetRequiredService<Notifier>();
            for (var i = 0; i < 3; i++)
            {
                notifier.Notify(recipient.Id, NotificationKind.Kudos, actor.Id, Guid.NewGuid(), "/feed");
            }

            var first = db.ChangeTracker.Entries<Notification>().First().Entity;
            first.ReadAt = DateTime.UtcNow;
            read = first.Id;
            await db.SaveChangesAsync();
        }

        await RunAsync();

        var message = await app.Mailbox.WaitForAsync(recipient.Email, "new notifications");
        message.Subject.ShouldBe("You have 2 new notifications on FitnessApp");
        message.LinkPath.ShouldBe("/notifications");
        await Task.Delay(500);
        app.Mailbox.To(recipient.Email).Count(m => m.Subject.Contains("notifications", StringComparison.Ordinal) || m.Subject.Contains("kudos", StringComparison.Ordinal)).ShouldBe(1);
        (await ProcessedAsync(recipient.Id, 3)).Single(n => n.Id == read).EmailSkipped.ShouldBeTrue();
    }

    [Fact]
    public async Task Given_a_warning_which_has_no_email_switch_When_the_job_runs_Then_no_email_and_it_is_skipped()
    {
        var recipient = await app.AthleteAsync(confirmed: true);
        await app.NotifyAsync(recipient.Id, NotificationKind.Warning, null, excerpt: "a post");

        await RunAsync();

        (await ProcessedAsync(recipient.Id, 1)).Single().EmailSkipped.ShouldBeTrue();
        app.Mailbox.To(recipient.Email).ShouldNotContain(m => m.Text.Contains("warned", StringComparison.Ordinal));
    }

    /// <summary>The rows once the run that claimed them (this test's, or the every-minute job's) has marked them all.</summary>
    private Task<List<Notification>> ProcessedAsync(Guid recipient, int count) =>
        Polling.UntilAsync(() => app.NotificationsOfAsync(recipient), rows => rows.Count == count && rows.All(n => n.EmailedAt != null), because: "the email job");

    private async Task RunAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<NotificationEmailDispatch>().RunAsync(CancellationToken.None);
    }
}

public sealed class NotificationEmailTests_Sqlite(SocialSqliteApp app) : NotificationEmailTests(app), IClassFixture<SocialSqliteApp>;

public sealed class NotificationEmailTests_Postgres(SocialPostgresApp app) : NotificationEmailTests(app), IClassFixture<SocialPostgresApp>;
