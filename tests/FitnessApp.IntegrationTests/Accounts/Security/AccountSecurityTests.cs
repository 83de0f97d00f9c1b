using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Accounts.Contracts.Security;
using FitnessApp.Modules.Accounts.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Accounts.Security;

public abstract class AccountSecurityTests(SecurityApp app)
{
    [Fact]
    public async Task Given_a_new_registration_When_the_confirmation_link_from_the_mailbox_is_opened_Then_the_email_is_confirmed()
    {
        var client = app.CreateClient();
        var email = await client.RegisterAsync();
        var token = await client.LoginAsync(email);
        client.WithBearer(token.AccessToken);
        (await MeAsync(client)).GetProperty("emailConfirmed").GetBoolean().ShouldBeFalse();

        var mail = await app.Mailbox.WaitForAsync(email, "Confirm your email");
        var page = await app.CreateClient().GetAsync(mail.LinkPath);

        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).ShouldContain("confirm-done");
        (await MeAsync(client)).GetProperty("emailConfirmed").GetBoolean().ShouldBeTrue();
        (await app.AuditKindsAsync(await app.UserIdAsync(email))).ShouldBe(["registered", "signedIn", "emailConfirmed"]);
    }

    [Fact]
    public async Task Given_a_confirmation_token_When_confirmed_through_the_api_with_a_wrong_token_Then_400_names_the_token()
    {
        var client = app.CreateClient();
        var email = await client.RegisterAsync();
        var userId = await app.UserIdAsync(email);

        var response = await client.PostAsJsonAsync("/api/v1/accounts/email/confirm", new { userId, token = "not-a-token" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorKeys().ShouldBe(["token"]);
    }

    [Fact]
    public async Task Given_a_forgotten_password_When_the_mailed_token_resets_it_Then_only_the_new_password_signs_in()
    {
        var client = app.CreateClient();
        var email = await client.RegisterAsync();

        var forgot = await client.PostAsJsonAsync("/api/v1/accounts/password/forgot", new { email });
        forgot.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var mail = await app.Mailbox.WaitForAsync(email, "Reset your password");
        var reset = await client.PostAsJsonAsync("/api/v1/accounts/password/reset",
            new { userId = mail.Query("userId"), token = mail.Query("token"), newPassword = SecurityApi.NewPassword });

        reset.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await client.LoginRawAsync(email, SecurityApi.NewPassword)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.LoginRawAsync(email, ApiClientExtensions.Password)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.AuditKindsAsync(await app.UserIdAsync(email))).ShouldBe(["registered", "passwordResetRequested", "passwordReset", "signedIn", "signInFailed"]);
    }

    [Fact]
    public async Task Given_a_reset_token_already_used_When_it_is_used_again_Then_400_names_the_token()
    {
        var client = app.CreateClient();
        var email = await client.RegisterAsync();
        await client.PostAsJsonAsync("/api/v1/accounts/password/forgot", new { email });
        var mail = await app.Mailbox.WaitForAsync(email, "Reset your password");
        var body = new { userId = mail.Query("userId"), token = mail.Query("token"), newPassword = SecurityApi.NewPassword };
        (await client.PostAsJsonAsync("/api/v1/accounts/password/reset", body)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var again = await client.PostAsJsonAsync("/api/v1/accounts/password/reset", body with { newPassword = "yet another fresh password" });

        var problem = await again.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorKeys().ShouldBe(["token"]);
        (await client.LoginRawAsync(email, SecurityApi.NewPassword)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Given_a_reset_with_a_common_password_When_resetting_Then_400_names_newPassword()
    {
        var client = app.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/accounts/password/reset",
            new { userId = Guid.NewGuid(), token = "whatever", newPassword = "password1234" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorKeys().ShouldBe(["newPassword"]);
    }

    [Fact]
    public async Task Given_an_unknown_email_When_asking_for_a_reset_Then_202_like_a_known_one_and_no_message()
    {
        var client = app.CreateClient();
        var known = await client.RegisterAsync();
        var unknown = $"nobody-{Guid.NewGuid():N}@example.com";

        var forKnown = await client.PostAsJsonAsync("/api/v1/accounts/password/forgot", new { email = known });
        var forUnknown = await client.PostAsJsonAsync("/api/v1/accounts/password/forgot", new { email = unknown });

        forUnknown.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        forKnown.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await forUnknown.Content.ReadAsStringAsync()).ShouldBe(await forKnown.Content.ReadAsStringAsync());
        await app.Mailbox.WaitForAsync(known, "Reset your password");
        app.Mailbox.To(unknown).ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_an_email_that_has_an_account_When_registering_it_again_Then_the_answer_looks_new_and_the_owner_is_told()
    {
        var client = app.CreateClient();
        var email = await client.RegisterAsync();
        var fresh = await client.PostAsJsonAsync("/api/v1/accounts/register",
            new { email = $"fresh-{Guid.NewGuid():N}@example.com", password = ApiClientExtensions.Password, acceptedTermsVersion = ApiClientExtensions.TermsVersion, displayName = "Someone" });

        var again = await client.PostAsJsonAsync("/api/v1/accounts/register", new { email, password = ApiClientExtensions.Password, acceptedTermsVersion = ApiClientExtensions.TermsVersion, displayName = "Someone" });

        again.StatusCode.ShouldBe(fresh.StatusCode);
        again.Headers.Location.ShouldBe(fresh.Headers.Location);
        var shape = JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement;
        var freshShape = JsonDocument.Parse(await fresh.Content.ReadAsStringAsync()).RootElement;
        shape.EnumerateObject().Select(p => p.Name).ShouldBe(freshShape.EnumerateObject().Select(p => p.Name));
        shape.GetProperty("id").GetGuid().ShouldNotBe(await app.UserIdAsync(email));
        await app.Mailbox.WaitForAsync(email, "Someone tried to register");
    }

    [Fact]
    public async Task Given_a_wrong_current_password_When_changing_the_password_Then_400_names_currentPassword()
    {
        var client = await app.CreateAthleteClientAsync();

        var response = await client.PostAsJsonAsync("/api/v1/accounts/me/password", new { currentPassword = "not my password at all", newPassword = SecurityApi.NewPassword });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorKeys().ShouldBe(["currentPassword"]);
    }

    [Fact]
    public async Task Given_the_right_current_password_When_changing_it_Then_204_the_new_one_signs_in_and_old_refresh_tokens_are_refused()
    {
        var client = app.CreateClient();
        var email = await client.RegisterAsync();
        var token = await client.LoginAsync(email);
        client.WithBearer(token.AccessToken);

        var response = await client.PostAsJsonAsync("/api/v1/accounts/me/password", new { currentPassword = ApiClientExtensions.Password, newPassword = SecurityApi.NewPassword });

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await app.CreateClient().LoginRawAsync(email, SecurityApi.NewPassword)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.CreateClient().PostAsJsonAsync("/api/v1/accounts/refresh", new { refreshToken = token.RefreshToken })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.AuditKindsAsync(await app.UserIdAsync(email))).ShouldContain("passwordChanged");
    }

    [Fact]
    public async Task Given_no_credentials_When_calling_the_me_security_endpoints_Then_401()
    {
        var client = app.CreateClient();

        (await client.PostAsJsonAsync("/api/v1/accounts/me/password", new { currentPassword = "x", newPassword = "y" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.PostAsync("/api/v1/accounts/me/sign-out-everywhere", null)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.PostAsJsonAsync("/api/v1/accounts/me/email", new { newEmail = "a@b.example", currentPassword = "x" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.PostAsync("/api/v1/accounts/me/email/confirmation", null)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_two_signed_in_devices_When_signing_out_everywhere_Then_both_refresh_tokens_are_refused()
    {
        var client = app.CreateClient();
        var email = await client.RegisterAsync();
        var phone = await client.LoginAsync(email);
        var tablet = await client.LoginAsync(email);
        client.WithBearer(phone.AccessToken);

        var response = await client.PostAsync("/api/v1/accounts/me/sign-out-everywhere", null);

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        foreach (var refreshToken in new[] { phone.RefreshToken, tablet.RefreshToken })
        {
            var refresh = await app.CreateClient().PostAsJsonAsync("/api/v1/accounts/refresh", new { refreshToken });
            await refresh.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        }

        (await app.AuditKindsAsync(await app.UserIdAsync(email))).ShouldContain("signedOutEverywhere");
    }

    [Fact]
    public async Task Given_an_email_change_When_the_link_mailed_to_the_new_address_is_opened_Then_the_account_signs_in_with_it()
    {
        var client = await app.CreateAthleteClientAsync();
        var oldEmail = (await MeAsync(client)).GetProperty("email").GetString()!;
        var newEmail = $"moved-{Guid.NewGuid():N}@example.com";

        var response = await client.PostAsJsonAsync("/api/v1/accounts/me/email", new { newEmail, currentPassword = ApiClientExtensions.Password });

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        await app.Mailbox.WaitForAsync(oldEmail, "is being changed");
        var mail = await app.Mailbox.WaitForAsync(newEmail, "Confirm your new email");
        (await app.CreateClient().GetAsync(mail.LinkPath)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.CreateClient().LoginRawAsync(newEmail, ApiClientExtensions.Password)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.CreateClient().LoginRawAsync(oldEmail, ApiClientExtensions.Password)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.AuditKindsAsync(await app.UserIdAsync(newEmail))).ShouldContain("emailChanged");
    }

    [Fact]
    public async Task Given_a_wrong_password_When_asking_for_an_email_change_Then_400_names_currentPassword()
    {
        var client = await app.CreateAthleteClientAsync();

        var response = await client.PostAsJsonAsync("/api/v1/accounts/me/email", new { newEmail = "somewhere@example.com", currentPassword = "not my password at all" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorKeys().ShouldBe(["currentPassword"]);
    }

    [Fact]
    public async Task Given_five_failed_sign_ins_When_the_account_locks_Then_the_audit_log_says_so_and_the_right_password_is_refused()
    {
        var client = app.CreateClient();
        var email = await client.RegisterAsync();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            (await client.LoginRawAsync(email, $"wrong password {attempt}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        var response = await client.LoginRawAsync(email, ApiClientExtensions.Password);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        var unknown = await client.LoginRawAsync($"nobody-{Guid.NewGuid():N}@example.com", ApiClientExtensions.Password);
        (await unknown.ShouldBeProblemAsync(HttpStatusCode.Unauthorized)).GetProperty("detail").GetString().ShouldBe(problem.GetProperty("detail").GetString());
        (await app.AuditKindsAsync(await app.UserIdAsync(email))).ShouldBe(
            ["registered", "signInFailed", "signInFailed", "signInFailed", "signInFailed", "lockedOut", "signInFailed"]);
    }

    [Fact]
    public async Task Given_many_reset_requests_for_one_account_When_the_limit_is_reached_Then_429_with_retry_after()
    {
        var client = app.CreateClient();
        var email = $"target-{Guid.NewGuid():N}@example.com";
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            (await client.PostAsJsonAsync("/api/v1/accounts/password/forgot", new { email })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        }

        var response = await client.PostAsJsonAsync("/api/v1/accounts/password/forgot", new { email = email.ToUpperInvariant() });

        await response.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        int.Parse(response.Headers.RetryAfter!.ToString(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);
        (await client.PostAsJsonAsync("/api/v1/accounts/password/forgot", new { email = $"other-{Guid.NewGuid():N}@example.com" })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
    }

    [Fact]
    public async Task Given_another_module_When_it_sends_WriteAuditEntry_Then_the_entry_is_in_the_log_with_the_account_email()
    {
        var client = app.CreateClient();
        var email = await client.RegisterAsync();
        var userId = await app.UserIdAsync(email);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new WriteAuditEntry(SecurityEventKind.DataExported, userId, "export 42"));
        }

        var entry = await app.Services.QueryAsync<AccountsDbContext, Modules.Accounts.Domain.AuditEntry>(db =>
            db.AuditEntries.SingleAsync(e => e.UserId == userId && e.Kind == "dataExported"));
        entry.Email.ShouldBe(email);
        entry.Details.ShouldBe("export 42");
    }

    [Fact]
    public async Task Given_an_athlete_When_opening_the_operators_pages_Then_refused_and_an_operator_sees_them()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var operatorToken = await app.CreateClient().LoginAsync(SecurityApp.OperatorEmail, SecurityApp.OperatorPassword);
        var operatorClient = app.CreateClient().WithBearer(operatorToken.AccessToken);
        var email = await app.CreateClient().RegisterAsync();
        await app.Mailbox.WaitForAsync(email, "Confirm your email");

        foreach (var path in new[] { "/admin/mailbox", "/admin/audit" })
        {
            (await athlete.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, path);
            (await app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.Redirect, path);
        }

        var mailbox = await operatorClient.GetStringAsync("/admin/mailbox");
        mailbox.ShouldContain(email);
        var audit = await operatorClient.GetStringAsync($"/admin/audit?user={Uri.EscapeDataString(email)}&kind=registered");
        audit.ShouldContain(email);
        audit.ShouldContain("data-kind=\"registered\"");
        (await app.AuditKindsAsync(await app.UserIdAsync(SecurityApp.OperatorEmail))).Count(kind => kind == "roleGranted").ShouldBe(3);
    }

    private static async Task<JsonElement> MeAsync(HttpClient client) =>
        JsonDocument.Parse(await client.GetStringAsync("/api/v1/accounts/me")).RootElement.Clone();
}

public sealed class AccountSecurityTests_Sqlite(SecuritySqliteApp app) : AccountSecurityTests(app), IClassFixture<SecuritySqliteApp>;

public sealed class AccountSecurityTests_Postgres(SecurityPostgresApp app) : AccountSecurityTests(app), IClassFixture<SecurityPostgresApp>;
