using System.Text.RegularExpressions;
using FitnessApp.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace FitnessApp.BrowserTests.Portal;

[Collection(PortalCollection.Name)]
public sealed class SignInTests(PortalFixture portal)
{
    [BrowserFact]
    public async Task Given_a_visitor_When_they_register_Then_they_are_signed_in_and_greeted_by_their_display_name()
    {
        var page = await portal.NewPageAsync();

        await page.RegisterAsync("Mira Runner", PortalActions.NewEmail());

        await Expect(page).ToHaveURLAsync(new Regex("/home$"));
        await Expect(page.Locator("#user-display-name")).ToHaveTextAsync("Mira Runner");
        await Expect(page.Locator("#home-greeting")).ToHaveTextAsync("Welcome, Mira Runner!");
        await Expect(page.Locator("#home-roles")).ToHaveTextAsync(new Regex("Athlete", RegexOptions.IgnoreCase));
    }

    [BrowserFact]
    public async Task Given_a_signed_in_athlete_When_they_sign_out_and_sign_in_again_Then_they_are_back_on_their_home_page()
    {
        var page = await portal.NewPageAsync();
        var email = PortalActions.NewEmail();
        await page.RegisterAsync("Oleg Cyclist", email);
        await Expect(page.Locator("#user-display-name")).ToHaveTextAsync("Oleg Cyclist");

        await page.SignOutAsync();
        await Expect(page.Locator("#landing-title")).ToBeVisibleAsync();
        await Expect(page.Locator("#user-display-name")).ToHaveCountAsync(0);

        await page.SignInAsync(email, PortalActions.AthletePassword);
        await Expect(page).ToHaveURLAsync(new Regex("/home$"));
        await Expect(page.Locator("#user-display-name")).ToHaveTextAsync("Oleg Cyclist");
    }

    [BrowserFact]
    public async Task Given_a_wrong_password_When_signing_in_Then_the_error_is_shown_and_nobody_is_signed_in()
    {
        var page = await portal.NewPageAsync();
        var email = PortalActions.NewEmail();
        await page.RegisterAsync("Wrong Password", email);
        await page.SignOutAsync();

        await page.SignInAsync(email, "not the right password");

        await Expect(page.Locator("#auth-error")).ToHaveTextAsync(new Regex("The email or password is not correct\\."));
        await Expect(page).ToHaveURLAsync(new Regex("/account/login$"));
        await Expect(page.Locator("#user-display-name")).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task Given_a_taken_email_and_a_short_password_When_registering_Then_each_field_says_what_is_wrong()
    {
        var page = await portal.NewPageAsync();
        var email = PortalActions.NewEmail();
        await page.RegisterAsync("First Owner", email);
        await page.SignOutAsync();

        await page.RegisterAsync("Second Owner", email, "short");

        await Expect(page.Locator("#auth-error")).ToBeVisibleAsync();
        await Expect(page.Locator(".validation-message")).ToHaveTextAsync(["Use at least 12 characters."]);

        await page.FillAsync("#register-password", PortalActions.AthletePassword);
        await page.ClickAsync("#register-submit");

        await Expect(page.Locator(".validation-message")).ToHaveTextAsync(["An account with this email already exists. Sign in instead?"]);
        await Expect(page.Locator("#user-display-name")).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task Given_a_return_address_on_another_site_When_signing_in_or_switching_language_Then_the_portal_stays_on_its_own_pages()
    {
        var page = await portal.NewPageAsync();
        var email = PortalActions.NewEmail();
        await page.RegisterAsync("Careful Traveller", email);
        await page.SignOutAsync();

        await page.SignInAsync(email, PortalActions.AthletePassword, returnUrl: "//example.com/phish");
        await Expect(page).ToHaveURLAsync(new Regex($"^{Regex.Escape(portal.BaseAddress.ToString())}home$"));

        await page.GotoAsync("/culture?culture=ru&returnUrl=%2F%2Fexample.com%2Fphish");
        await Expect(page).ToHaveURLAsync(new Regex($"^{Regex.Escape(portal.BaseAddress.ToString())}home$"));
        await Expect(page.Locator("#home-greeting")).ToHaveTextAsync("Здравствуйте, Careful Traveller!");
    }

    [BrowserFact]
    public async Task Given_repeated_wrong_passwords_When_signing_in_Then_the_account_is_locked_even_for_the_right_password()
    {
        var page = await portal.NewPageAsync();
        var email = PortalActions.NewEmail();
        await page.RegisterAsync("Locked Out", email);
        await page.SignOutAsync();

        for (var attempt = 0; attempt < 5; attempt++)
        {
            await page.SignInAsync(email, $"wrong password number {attempt}");
            await Expect(page.Locator("#auth-error")).ToBeVisibleAsync();
        }

        await page.SignInAsync(email, PortalActions.AthletePassword);

        await Expect(page.Locator("#auth-error")).ToHaveTextAsync(new Regex("locked for 15 minutes"));
        await Expect(page.Locator("#user-display-name")).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task Given_an_empty_form_When_registering_Then_each_field_shows_one_message()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/account/register");

        await page.ClickAsync("#register-submit");

        await Expect(page.Locator(".validation-message")).ToHaveTextAsync(
            ["Tell us what to call you.", "Enter your email address.", "Choose a password.", "Accept the terms of use and the privacy policy to create an account."]);
        await Expect(page.Locator("#user-display-name")).ToHaveCountAsync(0);
    }
}
