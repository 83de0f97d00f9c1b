using FitnessApp.IntegrationTests.Accounts.Security;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Accounts.Contracts.Notifications;
using FitnessApp.Modules.Accounts.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Accounts.Notifications;

/// <summary>The contract another module (Support) sends, through the mediator of a scope of the host, checked in the folder mailbox.</summary>
public abstract class SendNotificationEmailTests(SecurityApp app)
{
    private const string Subject = "Support replied to your ticket";

    [Fact]
    public async Task Given_a_confirmed_athlete_with_the_kind_on_When_sending_Then_true_and_the_mail_arrives_with_an_absolute_link()
    {
        var (email, id) = await AthleteAsync(confirmed: true);

        var queued = await SendAsync(new SendNotificationEmail(id, EmailNotificationKind.SupportReplies, Subject, "We fixed the sync.", "/support/tickets/42"));

        queued.ShouldBeTrue();
        var message = await app.Mailbox.WaitForAsync(email, Subject);
        message.Text.ShouldContain("We fixed the sync.");
        message.Text.ShouldContain("Hello Test Athlete");
        var link = message.LinkPath;
        link.ShouldBe("/support/tickets/42");
        message.Text.ShouldContain("/account/settings");
    }

    [Fact]
    public async Task Given_the_kind_switched_off_When_sending_Then_false_and_no_mail_but_other_kinds_still_arrive()
    {
        var (email, id) = await AthleteAsync(confirmed: true);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
            await db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(s => s.SetProperty(u => u.MutedEmailNotifications, 1 << (int)EmailNotificationKind.SupportReplies));
        }

        var muted = await SendAsync(new SendNotificationEmail(id, EmailNotificationKind.SupportReplies, Subject, "Muted text."));
        var other = await SendAsync(new SendNotificationEmail(id, EmailNotificationKind.Achievements, "You ran 100 km", "Well done."));

        muted.ShouldBeFalse();
        other.ShouldBeTrue();
        await app.Mailbox.WaitForAsync(email, "You ran 100 km");
        app.Mailbox.To(email).ShouldNotContain(m => m.Subject == Subject);
    }

    [Fact]
    public async Task Given_an_unconfirmed_email_When_sending_Then_false_and_no_mail()
    {
        var (email, id) = await AthleteAsync(confirmed: false);

        var queued = await SendAsync(new SendNotificationEmail(id, EmailNotificationKind.SupportReplies, Subject, "Not for unconfirmed addresses."));

        queued.ShouldBeFalse();
        await Task.Delay(TimeSpan.FromSeconds(1));
        app.Mailbox.To(email).ShouldNotContain(m => m.Subject == Subject);
    }

    [Fact]
    public async Task Given_an_unknown_user_When_sending_Then_false()
    {
        (await SendAsync(new SendNotificationEmail(Guid.NewGuid(), EmailNotificationKind.NewFollowers, "Hi", "Text"))).ShouldBeFalse();
    }

    [Fact]
    public async Task Given_a_russian_speaking_athlete_When_sending_Then_the_frame_of_the_mail_is_russian()
    {
        var (email, id) = await AthleteAsync(confirmed: true, language: "ru");

        (await SendAsync(new SendNotificationEmail(id, EmailNotificationKind.TrainingReminders, "Пора на пробежку", "Сегодня лёгкий бег."))).ShouldBeTrue();

        var message = await app.Mailbox.WaitForAsync(email, "Пора на пробежку");
        message.Text.ShouldContain("Здравствуйте");
        message.Text.ShouldContain("Напоминания о тренировках");
    }

    [Fact]
    public async Task Given_an_external_link_When_sending_Then_400_names_the_link()
    {
        var (_, id) = await AthleteAsync(confirmed: true);

        var error = await Should.ThrowAsync<FluentValidation.ValidationException>(
            () => SendAsync(new SendNotificationEmail(id, EmailNotificationKind.SupportReplies, Subject, "Text", "//evil.example.com/x")));

        error.Errors.ShouldContain(e => string.Equals(e.PropertyName, "link", StringComparison.OrdinalIgnoreCase));
    }

    private async Task<(string Email, Guid Id)> AthleteAsync(bool confirmed, string language = "en")
    {
        var client = await app.CreateAthleteClientAsync();
        var me = await client.GetMeAsync();
        var id = me.Id();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        await db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(s => s.SetProperty(u => u.EmailConfirmed, confirmed).SetProperty(u => u.Language, language));
        return (me.GetProperty("email").GetString()!, id);
    }

    private async Task<bool> SendAsync(SendNotificationEmail command)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command);
    }
}

public sealed class SendNotificationEmailTests_Sqlite(SecuritySqliteApp app) : SendNotificationEmailTests(app), IClassFixture<SecuritySqliteApp>;

public sealed class SendNotificationEmailTests_Postgres(SecurityPostgresApp app) : SendNotificationEmailTests(app), IClassFixture<SecurityPostgresApp>;
