using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using FitnessApp.BrowserTests.Infrastructure;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Moderation;
using FitnessApp.Modules.Social.Moderation.ReportContent;
using FitnessApp.Modules.Social.Notifications;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace FitnessApp.BrowserTests.Portal.Social;

[Collection(PortalCollection.Name)]
public sealed class NotificationBellTests(PortalFixture portal)
{
    [BrowserFact]
    public async Task Given_the_portal_open_When_a_notification_arrives_Then_the_bell_counts_it_live_and_marking_all_read_on_the_page_clears_it()
    {
        var email = PortalActions.NewEmail();
        var page = await portal.NewPageAsync();
        await page.RegisterAsync("Bell Watcher", email);
        await Expect(page).ToHaveURLAsync(new Regex("/home$"));
        await Expect(page.Locator("#notification-bell")).ToHaveAttributeAsync("data-live", "true");
        await Expect(page.Locator("#notification-bell-count")).ToHaveCountAsync(0);
        var id = await UserIdAsync(email, PortalActions.AthletePassword);

        await NotifyAsync(id, NotificationKind.Kudos);

        await Expect(page.Locator("#notification-bell-count")).ToHaveTextAsync("1");
        await page.ClickAsync("#notification-bell-button");
        await Expect(page.Locator("#notification-bell-popup .notification-bell-item")).ToContainTextAsync("Someone gave you kudos");

        await page.ClickAsync("#notification-bell-all");
        await Expect(page).ToHaveURLAsync(new Regex("/notifications$"));
        await Expect(page.Locator(".notifications-page")).ToHaveAttributeAsync("data-interactive", "true");
        await Expect(page.Locator(".notification-item[data-read='false']")).ToHaveCountAsync(1);
        await page.ClickAsync("#notifications-mark-all");

        await Expect(page.Locator(".notification-item[data-read='true']")).ToHaveCountAsync(1);
        await Expect(page.Locator("#notification-bell-count")).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task Given_a_reported_athlete_When_an_operator_warns_on_the_moderation_page_Then_the_report_is_resolved_and_the_reporter_told()
    {
        var reporter = await RegisterAsync("Careful Reporter");
        var owner = await RegisterAsync("Rude Poster");
        Guid reportId;
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var filed = await scope.ServiceProvider.GetRequiredService<IMediator>()
                .Send(new ReportContent(reporter, "athlete", owner, "harassment", "Insults under every run"));
            reportId = filed.Report.Id;
        }

        var operatorPage = await portal.NewPageAsync();
        await operatorPage.SignInAsync(PortalServer.AdminEmail, PortalServer.AdminPassword, returnUrl: "/admin/moderation");
        await Expect(operatorPage).ToHaveURLAsync(new Regex("/admin/moderation$"));
        await Expect(operatorPage.Locator(".moderation-queue-page")).ToHaveAttributeAsync("data-interactive", "true");
        var row = operatorPage.Locator($"#moderation-item-{reportId}");
        await Expect(row).ToContainTextAsync("Rude Poster");
        await row.Locator("a").ClickAsync();

        await Expect(operatorPage).ToHaveURLAsync(new Regex($"/admin/moderation/reports/{reportId}$"));
        await Expect(operatorPage.Locator(".moderation-report-page")).ToHaveAttributeAsync("data-interactive", "true");
        await Expect(operatorPage.Locator("#moderation-reports")).ToContainTextAsync("Insults under every run");
        await operatorPage.FillAsync("#moderation-note", "First warning");
        await operatorPage.ClickAsync("#moderation-warn");

        await Expect(operatorPage.Locator("#moderation-status")).ToHaveAttributeAsync("data-status", "resolved");
        await Expect(operatorPage.Locator("#moderation-status")).ToHaveAttributeAsync("data-action", "warn");
        await using var check = portal.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<SocialDbContext>();
        (await db.Notifications.SingleAsync(n => n.RecipientId == reporter)).Kind.ShouldBe(NotificationKind.ReportOutcome);
        (await db.Notifications.SingleAsync(n => n.RecipientId == owner)).Kind.ShouldBe(NotificationKind.Warning);
        (await db.Reports.SingleAsync(r => r.Id == reportId)).Status.ShouldBe(ReportStatus.Resolved);
    }

    private async Task NotifyAsync(Guid recipient, NotificationKind kind)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Notifier>().Notify(recipient, kind, Guid.NewGuid(), Guid.NewGuid(), "/feed");
        await scope.ServiceProvider.GetRequiredService<SocialDbContext>().SaveChangesAsync();
    }

    /// <summary>An athlete registered through the API (quicker than the form); answers their id.</summary>
    private async Task<Guid> RegisterAsync(string displayName)
    {
        var email = PortalActions.NewEmail();
        using var client = new HttpClient { BaseAddress = portal.BaseAddress };
        var terms = portal.Services.GetRequiredService<IConfiguration>()["Accounts:Legal:TermsVersion"];
        (await client.PostAsJsonAsync("/api/v1/accounts/register", new
        {
            email,
            password = PortalActions.AthletePassword,
            displayName,
            acceptedTermsVersion = terms,
            healthDataConsent = false,
        })).EnsureSuccessStatusCode();
        return await UserIdAsync(email, PortalActions.AthletePassword);
    }

    private async Task<Guid> UserIdAsync(string email, string password)
    {
        using var client = new HttpClient { BaseAddress = portal.BaseAddress };
        var login = await client.PostAsJsonAsync("/api/v1/accounts/login", new { email, password });
        login.EnsureSuccessStatusCode();
        var token = JsonDocument.Parse(await login.Content.ReadAsStringAsync()).RootElement.GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var me = JsonDocument.Parse(await client.GetStringAsync("/api/v1/accounts/me")).RootElement;
        return me.GetProperty("id").GetGuid();
    }
}
