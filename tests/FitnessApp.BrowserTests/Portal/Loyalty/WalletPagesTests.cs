using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using FitnessApp.BrowserTests.Infrastructure;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Loyalty.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace FitnessApp.BrowserTests.Portal.Loyalty;

[Collection(PortalCollection.Name)]
public sealed class WalletPagesTests(PortalFixture portal)
{
    [BrowserFact]
    public async Task Given_an_athlete_with_points_When_they_open_the_points_page_Then_balance_level_bar_and_history_show()
    {
        var email = PortalActions.NewEmail();
        var page = await portal.NewPageAsync();
        await page.RegisterAsync("Points Collector", email);
        await Expect(page).ToHaveURLAsync(new Regex("/home$"));
        var id = await UserIdAsync(email, PortalActions.AthletePassword);

        await page.GotoAsync($"{portal.BaseAddress}loyalty");
        await Expect(page.Locator(".loyalty-points-page")).ToHaveAttributeAsync("data-interactive", "true");
        await Expect(page.Locator("#points-empty")).ToBeVisibleAsync();
        await Expect(page.Locator("#points-balance")).ToHaveTextAsync("0");

        await CreditAsync(id, 200, "Morning run 10 km");
        await CreditAsync(id, 100, "Evening ride");
        await page.ReloadAsync();

        await Expect(page.Locator(".loyalty-points-page")).ToHaveAttributeAsync("data-interactive", "true");
        await Expect(page.Locator("#points-balance")).ToHaveTextAsync("300");
        await Expect(page.Locator("#points-level")).ToHaveAttributeAsync("data-level", "2");
        await Expect(page.Locator("#points-level")).ToContainTextAsync("Mover");
        await Expect(page.Locator("#points-level-progress")).ToHaveAttributeAsync("data-progress", "0.1");
        await Expect(page.Locator("#points-next-level")).ToContainTextAsync("450");
        await Expect(page.Locator(".points-entry")).ToHaveCountAsync(2);
        await Expect(page.Locator(".points-entry").First).ToContainTextAsync("Evening ride");
        await Expect(page.Locator(".points-entry").Nth(1)).ToContainTextAsync("+200");
    }

    [BrowserFact]
    public async Task Given_an_operator_When_they_rename_the_top_level_and_raise_its_threshold_Then_the_table_is_saved()
    {
        var page = await portal.NewPageAsync();
        await page.SignInAsync(PortalServer.AdminEmail, PortalServer.AdminPassword, returnUrl: "/admin/loyalty/levels");
        await Expect(page).ToHaveURLAsync(new Regex("/admin/loyalty/levels$"));
        await Expect(page.Locator(".loyalty-levels-page")).ToHaveAttributeAsync("data-interactive", "true");
        await Expect(page.Locator(".level-row")).ToHaveCountAsync(7);

        await page.FillAsync("#level-points-7", "10");
        await page.ClickAsync("#levels-save");
        await Expect(page.Locator("#levels-error")).ToContainTextAsync("levels[6].minimumPoints");

        await page.FillAsync("#level-points-7", "40000");
        await page.FillAsync("#level-name-en-7", "Living Legend");
        await page.FillAsync("#level-name-ru-7", "Живая легенда");
        await page.ClickAsync("#levels-save");

        await Expect(page.Locator("#levels-saved")).ToBeVisibleAsync();
        await using var scope = portal.Services.CreateAsyncScope();
        var top = await scope.ServiceProvider.GetRequiredService<LoyaltyDbContext>().LevelDefinitions.AsNoTracking().SingleAsync(l => l.Number == 7);
        top.MinimumPoints.ShouldBe(40000);
        top.NameEn.ShouldBe("Living Legend");
        top.NameRu.ShouldBe("Живая легенда");
    }

    private async Task CreditAsync(Guid userId, int points, string note)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        await scope.ServiceProvider.GetRequiredService<PointsLedger>().PostAsync(
            new PointsPosting(userId, points, LedgerReason.Activity, "Training", $"browser:{Guid.NewGuid():N}", Note: note), now, CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<LoyaltyDbContext>().SaveChangesAsync();
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
