using Microsoft.Playwright;

namespace FitnessApp.BrowserTests.Infrastructure;

/// <summary>What a person does in the portal, step by step, as the tests' shared vocabulary.</summary>
public static class PortalActions
{
    public const string AthletePassword = "a long enough password 42";

    public static string NewEmail() => $"athlete-{Guid.NewGuid():N}@browser-tests.fitnessapp.local";

    /// <summary>Registers accepting the terms and, unless told otherwise, consenting to health data.</summary>
    public static async Task RegisterAsync(this IPage page, string displayName, string email, string password = AthletePassword, bool healthDataConsent = true)
    {
        await page.GotoAsync("/account/register");
        await page.FillAsync("#register-display-name", displayName);
        await page.FillAsync("#register-email", email);
        await page.FillAsync("#register-password", password);
        await page.CheckAsync("#register-accept-terms");
        await page.SetCheckedAsync("#register-health-consent", healthDataConsent);
        await page.ClickAsync("#register-submit");
    }

    public static async Task SignInAsync(this IPage page, string email, string password, string returnUrl = "")
    {
        await page.GotoAsync(returnUrl.Length == 0 ? "/account/login" : $"/account/login?returnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.FillAsync("#login-email", email);
        await page.FillAsync("#login-password", password);
        await page.ClickAsync("#login-submit");
    }

    /// <summary>
    /// Signs out with the shell's button. A click that lands while the circuit takes over the prerendered page can be
    /// lost (the button is replaced under the pointer), so the click is repeated once when nobody got signed out.
    /// </summary>
    public static async Task SignOutAsync(this IPage page)
    {
        var signedIn = page.Locator("#user-display-name");
        await page.ClickAsync("#sign-out");
        try
        {
            await signedIn.WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 5_000 });
        }
        catch (TimeoutException)
        {
            await page.ClickAsync("#sign-out");
            await signedIn.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        }
    }
}
