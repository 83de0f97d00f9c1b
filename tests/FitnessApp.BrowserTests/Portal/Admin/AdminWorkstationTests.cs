using System.Text.RegularExpressions;
using FitnessApp.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FitnessApp.BrowserTests.Portal.Admin;

[Collection(PortalCollection.Name)]
public sealed class AdminWorkstationTests(PortalFixture portal)
{
    [BrowserFact]
    public async Task Given_an_admin_who_grants_operator_When_the_operator_finds_an_athlete_and_locks_them_Then_the_lock_is_in_the_trail_and_the_athlete_cannot_sign_in()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var athlete = await portal.NewPageAsync();
        var athleteEmail = PortalActions.NewEmail();
        await athlete.RegisterAsync($"Target {marker}", athleteEmail);
        await Expect(athlete.Locator("#user-display-name")).ToHaveTextAsync($"Target {marker}");
        var operatorPage = await portal.NewPageAsync();
        var operatorEmail = PortalActions.NewEmail();
        await operatorPage.RegisterAsync($"Operator {marker}", operatorEmail);
        await Expect(operatorPage.Locator("#user-display-name")).ToHaveTextAsync($"Operator {marker}");

        // The admin grants the operator role.
        var admin = await portal.NewPageAsync();
        await admin.SignInAsync(PortalServer.AdminEmail, PortalServer.AdminPassword, returnUrl: "/admin/users");
        await OpenUserAsync(admin, operatorEmail);
        await admin.Locator("#user-role-operator").CheckAsync();
        await admin.ClickAsync("#user-roles-save");
        await Expect(admin.Locator("#user-message")).ToBeVisibleAsync();
        await Expect(admin.Locator("#user-role-operator")).ToBeCheckedAsync();
        await Expect(admin.Locator("tr.trail-row[data-kind='roleGranted']")).ToHaveCountAsync(1);

        // The new operator signs in again (the role is in a fresh cookie) and sees the operators' section.
        await operatorPage.SignOutAsync();
        await operatorPage.SignInAsync(operatorEmail, PortalActions.AthletePassword);
        await Expect(operatorPage).ToHaveURLAsync(new Regex("/home$"));
        await Expect(operatorPage.Locator(".portal-nav a[href='/admin/users']")).ToBeVisibleAsync();
        await operatorPage.GotoAsync("/admin");
        await Expect(operatorPage.Locator("#admin-jobs-link")).ToHaveAttributeAsync("href", "/ops/jobs");
        await operatorPage.ClickAsync("#admin-users-link");

        await OpenUserAsync(operatorPage, athleteEmail);
        await Expect(operatorPage.Locator("#user-roles-read-only")).ToBeVisibleAsync();
        await Expect(operatorPage.Locator("#user-roles-save")).ToHaveCountAsync(0);
        await operatorPage.FillAsync("#user-lock-reason", "spam in comments");
        await operatorPage.ClickAsync("#user-lock");

        await Expect(operatorPage.Locator("#user-lock-state")).ToHaveAttributeAsync("data-locked", "true");
        var entry = operatorPage.Locator("tr.trail-row[data-kind='accountLocked']");
        await Expect(entry).ToContainTextAsync("spam in comments");
        await Expect(entry).ToContainTextAsync(operatorEmail);

        await operatorPage.ClickAsync("#user-trail-all");
        await Expect(operatorPage.Locator("#audit-title")).ToBeVisibleAsync();
        await Expect(operatorPage.Locator("tr.audit-row[data-kind='accountLocked']")).ToHaveCountAsync(1);

        var again = await portal.NewPageAsync();
        await again.SignInAsync(athleteEmail, PortalActions.AthletePassword);
        await Expect(again).ToHaveURLAsync(new Regex("/account/login"));
        await Expect(again.Locator("#user-display-name")).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task Given_an_athlete_When_they_open_the_admin_workstation_Then_access_is_refused_and_the_sidebar_has_no_admin_entries()
    {
        var page = await portal.NewPageAsync();
        await page.RegisterAsync("Curious Runner", PortalActions.NewEmail());
        await Expect(page.Locator("#user-display-name")).ToHaveTextAsync("Curious Runner");
        await Expect(page.Locator(".portal-nav a[href='/admin']")).ToHaveCountAsync(0);
        await Expect(page.Locator(".portal-nav a[href='/admin/users']")).ToHaveCountAsync(0);

        await page.GotoAsync("/admin/users");

        await Expect(page).ToHaveURLAsync(new Regex("/account/access-denied"));
    }

    private static async Task OpenUserAsync(IPage page, string email)
    {
        await Expect(page.Locator("section.admin-users[data-ready='true']")).ToBeVisibleAsync();
        await page.FillAsync("#users-search", email);
        await page.ClickAsync("#users-search-button");
        await Expect(page.Locator("#users-count")).ToHaveTextAsync("Accounts found: 1");
        await page.Locator($"a.users-open[data-email='{email}']").ClickAsync();
        await Expect(page.Locator("section.admin-user[data-ready='true']")).ToBeVisibleAsync();
        await Expect(page.Locator("#user-email")).ToHaveTextAsync(email);
    }
}
