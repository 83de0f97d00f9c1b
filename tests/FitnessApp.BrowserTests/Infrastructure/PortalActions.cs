using Microsoft.Playwright;

namespace FitnessApp.BrowserTests.Infrastructure;

/// <summary>What a person does in the portal, step by step, as the tests' shared vocabulary.</summary>
public static class PortalActions
{
    public const string AthletePassword = "a long enough password 42";

    public static string NewEmail() => $"athlete-{Guid.NewGuid():N}@browser-tests.fitnessapp.local";

    public static async Task RegisterAsync(this IPage page, string displayName, string email, string password = AthletePassword)
    {
        await page.GotoAsync("/account/register");
        await page.FillAsync("#register-display-name", displayName);
        await page.FillAsync("#register-email", email);
        await page.FillAsync("#register-password", password);
        await page.ClickAsync("#register-submit");
    }

    public static async Task SignInAsync(this IPage page, string email, string password, string returnUrl = "")
    {
        await page.GotoAsync(returnUrl.Length == 0 ? "/account/login" : $"/account/login?returnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.FillAsync("#login-email", email);
        await page.FillAsync("#login-password", password);
        await page.ClickAsync("#login-submit");
    }
}
