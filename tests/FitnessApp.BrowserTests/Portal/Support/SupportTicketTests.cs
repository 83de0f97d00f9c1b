using System.Text.RegularExpressions;
using FitnessApp.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace FitnessApp.BrowserTests.Portal.Support;

[Collection(PortalCollection.Name)]
public sealed partial class SupportTicketTests(PortalFixture portal)
{
    /// <summary>A 1×1 PNG.</summary>
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    [BrowserFact]
    public async Task Given_an_athletes_ticket_When_an_operator_answers_it_in_the_queue_Then_the_athlete_sees_the_reply_but_not_the_note()
    {
        var athlete = await portal.NewPageAsync();
        await athlete.RegisterAsync("Ticket Opener", PortalActions.NewEmail());
        await Expect(athlete).ToHaveURLAsync(new Regex("/home$"));
        var screenshot = Path.Combine(Path.GetTempPath(), $"support-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(screenshot, Png);
        var subject = $"Watch does not sync {Guid.NewGuid():N}"[..30];

        try
        {
            await athlete.GotoAsync("/support");
            await Expect(athlete.Locator("#support-empty")).ToBeVisibleAsync();
            await Expect(athlete.Locator(".support-page")).ToHaveAttributeAsync("data-interactive", "true");
            await athlete.SelectOptionAsync("#ticket-category", "devices");
            await athlete.FillAsync("#ticket-subject", subject);
            await athlete.FillAsync("#ticket-text", "Since yesterday nothing arrives from my watch.");
            await athlete.SetInputFilesAsync("#ticket-screenshot", screenshot);
            await Expect(athlete.Locator("#ticket-screenshot-ready")).ToBeVisibleAsync();
            await athlete.ClickAsync("#ticket-submit");
        }
        finally
        {
            File.Delete(screenshot);
        }

        await Expect(athlete).ToHaveURLAsync(TicketUrl());
        var ticketId = TicketUrl().Match(athlete.Url).Groups["id"].Value;
        await Expect(athlete.Locator("#ticket-subject")).ToHaveTextAsync(subject);
        await Expect(athlete.Locator("#ticket-status")).ToHaveAttributeAsync("data-status", "new");
        await Expect(athlete.Locator("#ticket-screenshot")).ToBeVisibleAsync();

        var operatorPage = await portal.NewPageAsync();
        await operatorPage.SignInAsync(PortalServer.AdminEmail, PortalServer.AdminPassword, returnUrl: "/admin/support");
        await Expect(operatorPage).ToHaveURLAsync(new Regex("/admin/support$"));
        await Expect(operatorPage.Locator(".portal-nav a[href='/admin/support']")).ToBeVisibleAsync();
        await Expect(operatorPage.Locator(".support-queue-page")).ToHaveAttributeAsync("data-interactive", "true");
        await operatorPage.SelectOptionAsync("#queue-status", "new");
        var row = operatorPage.Locator($"#queue-ticket-{ticketId}");
        await Expect(row).ToContainTextAsync("Ticket Opener");
        await row.Locator("a").ClickAsync();

        await Expect(operatorPage).ToHaveURLAsync(new Regex($"/admin/support/tickets/{ticketId}$"));
        await Expect(operatorPage.Locator(".support-queue-ticket-page")).ToHaveAttributeAsync("data-interactive", "true");
        await Expect(operatorPage.Locator("#queue-ticket-screenshot")).ToBeVisibleAsync();
        await operatorPage.FillAsync("#queue-ticket-text", "Internal: firmware 12.1 has a known sync bug.");
        await operatorPage.ClickAsync("#queue-ticket-note");
        await Expect(operatorPage.Locator(".support-message[data-kind='internalNote']")).ToHaveCountAsync(1);
        await operatorPage.FillAsync("#queue-ticket-text", "Please update your watch to firmware 12.2 and sync again.");
        await operatorPage.ClickAsync("#queue-ticket-reply");
        await Expect(operatorPage.Locator(".support-message[data-kind='operator']")).ToHaveCountAsync(1);
        await Expect(operatorPage.Locator("#queue-ticket-current-status")).ToHaveAttributeAsync("data-status", "waitingForUser");

        await athlete.GotoAsync("/support");
        var mine = athlete.Locator($"#support-ticket-{ticketId}");
        await Expect(mine).ToHaveAttributeAsync("data-unread", "1");
        await Expect(athlete.Locator("#support-unread-total")).ToBeVisibleAsync();
        // A link clicked while the circuit is still starting can be undone by the page's first interactive render.
        await Expect(athlete.Locator(".support-page")).ToHaveAttributeAsync("data-interactive", "true");
        await mine.Locator("a").ClickAsync();

        await Expect(athlete).ToHaveURLAsync(TicketUrl());
        await Expect(athlete.Locator(".support-message[data-kind='operator'] .support-message-text"))
            .ToHaveTextAsync("Please update your watch to firmware 12.2 and sync again.");
        await Expect(athlete.Locator("#ticket-status")).ToHaveAttributeAsync("data-status", "waitingForUser");
        await Expect(athlete.Locator(".support-message")).ToHaveCountAsync(2);
        await Expect(athlete.Locator("#ticket-messages")).Not.ToContainTextAsync("firmware 12.1");
    }

    [BrowserFact]
    public async Task Given_an_athlete_When_they_open_the_support_queue_Then_access_is_refused()
    {
        var page = await portal.NewPageAsync();
        await page.RegisterAsync("Queue Peeker", PortalActions.NewEmail());
        await Expect(page).ToHaveURLAsync(new Regex("/home$"));
        await Expect(page.Locator(".portal-nav a[href='/admin/support']")).ToHaveCountAsync(0);

        await page.GotoAsync("/admin/support");

        await Expect(page).ToHaveURLAsync(new Regex("/account/access-denied"));
        await Expect(page.Locator("#queue-title")).ToHaveCountAsync(0);
    }

    private static Regex TicketUrl() => TicketUrlPattern();

    [GeneratedRegex("/support/tickets/(?<id>[0-9a-f-]{36})$")]
    private static partial Regex TicketUrlPattern();
}
