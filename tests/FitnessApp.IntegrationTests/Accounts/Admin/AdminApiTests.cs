using System.Net;
using System.Net.Http.Json;
using FitnessApp.IntegrationTests.Accounts.Security;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Accounts.Domain;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.IntegrationTests.Accounts.Admin;

public abstract class AdminApiTests(SecurityApp app)
{
    private static readonly Guid Unknown = Guid.CreateVersion7();

    public static TheoryData<string, string> Endpoints => new()
    {
        { "GET", AdminApi.Users },
        { "GET", $"{AdminApi.Users}/{Unknown}" },
        { "POST", $"{AdminApi.Users}/{Unknown}/lock" },
        { "POST", $"{AdminApi.Users}/{Unknown}/unlock" },
        { "PUT", $"{AdminApi.Users}/{Unknown}/roles" },
        { "POST", $"{AdminApi.Users}/{Unknown}/resend-confirmation" },
        { "GET", AdminApi.Audit },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Given_no_credentials_When_an_admin_endpoint_is_called_Then_401(string method, string path)
    {
        var response = await app.CreateClient().SendAsync(Request(method, path));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Given_an_athlete_When_an_admin_endpoint_is_called_Then_403(string method, string path)
    {
        var athlete = await app.CreateAthleteClientAsync();

        var response = await athlete.SendAsync(Request(method, path));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Given_accounts_When_an_operator_searches_by_part_of_an_email_or_a_display_name_in_any_case_Then_only_those_with_the_total()
    {
        var (client, _) = await app.OperatorClientAsync();
        var marker = Guid.NewGuid().ToString("N")[..10];
        var (email, id) = await app.NewAthleteAsync($"Zed {marker} Runner");
        await app.NewAthleteAsync($"Amy {marker} Swimmer");

        var byName = await client.GetJsonAsync($"{AdminApi.Users}?search={Uri.EscapeDataString("  " + marker.ToUpperInvariant() + "  RUNNER ")}");
        var byEmail = await client.GetJsonAsync($"{AdminApi.Users}?search={Uri.EscapeDataString(email[..20].ToUpperInvariant())}");

        byName.GetProperty("total").GetInt32().ShouldBe(1);
        var row = byName.GetProperty("items").EnumerateArray().Single();
        row.GetProperty("id").GetGuid().ShouldBe(id);
        row.GetProperty("email").GetString().ShouldBe(email);
        row.GetProperty("roles").Strings().ShouldBe(["athlete"]);
        row.GetProperty("emailConfirmed").GetBoolean().ShouldBeFalse();
        row.GetProperty("lockedOut").GetBoolean().ShouldBeFalse();
        byEmail.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ShouldBe([id]);
    }

    [Fact]
    public async Task Given_three_matching_accounts_When_listed_two_per_page_Then_the_second_page_has_the_oldest_and_the_total_is_three()
    {
        var (client, _) = await app.OperatorClientAsync();
        var marker = Guid.NewGuid().ToString("N")[..10];
        var (_, first) = await app.NewAthleteAsync($"Paged {marker} one");
        await app.NewAthleteAsync($"Paged {marker} two");
        await app.NewAthleteAsync($"Paged {marker} three");

        var page = await client.GetJsonAsync($"{AdminApi.Users}?search={marker}&page=2&pageSize=2");

        page.GetProperty("total").GetInt32().ShouldBe(3);
        page.GetProperty("page").GetInt32().ShouldBe(2);
        page.GetProperty("pageCount").GetInt32().ShouldBe(2);
        page.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ShouldBe([first]);
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    public async Task Given_bad_paging_When_users_are_listed_Then_400_names_the_field(string query, string field)
    {
        var (client, _) = await app.OperatorClientAsync();

        var response = await client.GetAsync($"{AdminApi.Users}?{query}");

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe([field]);
    }

    [Fact]
    public async Task Given_a_search_longer_than_256_characters_When_users_are_listed_Then_400_names_search()
    {
        var (client, _) = await app.OperatorClientAsync();

        var response = await client.GetAsync($"{AdminApi.Users}?search={new string('a', 257)}");

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["search"]);
    }

    [Fact]
    public async Task Given_an_athlete_who_signed_in_When_an_operator_reads_the_account_Then_profile_roles_lockout_last_sign_in_and_trail()
    {
        var (client, _) = await app.OperatorClientAsync();
        var (email, id) = await app.NewAthleteAsync("Detail Athlete");
        await app.CreateClient().LoginAsync(email);

        var detail = await client.GetJsonAsync($"{AdminApi.Users}/{id}");

        detail.GetProperty("email").GetString().ShouldBe(email);
        detail.GetProperty("displayName").GetString().ShouldBe("Detail Athlete");
        detail.GetProperty("roles").Strings().ShouldBe(["athlete"]);
        detail.GetProperty("emailConfirmed").GetBoolean().ShouldBeFalse();
        detail.GetProperty("lockout").GetProperty("lockedOut").GetBoolean().ShouldBeFalse();
        detail.GetProperty("lockout").GetProperty("failedCount").GetInt32().ShouldBe(0);
        detail.GetProperty("lastSignInAt").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.String);
        detail.GetProperty("profile").TryGetProperty("bio", out _).ShouldBeTrue();
        detail.GetProperty("settings").GetProperty("language").GetString().ShouldNotBeNullOrEmpty();
        detail.GetProperty("recentAudit").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ShouldBe(["signedIn", "registered"]);
    }

    [Fact]
    public async Task Given_an_unknown_id_When_an_operator_acts_on_it_Then_404()
    {
        var (client, _) = await app.OperatorClientAsync();
        var admin = await app.AdminClientAsync();

        (await client.GetAsync($"{AdminApi.Users}/{Unknown}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await (await client.LockAsync(Unknown)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await client.UnlockAsync(Unknown)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await client.ResendConfirmationAsync(Unknown)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await admin.SetRolesAsync(Unknown, "operator")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_a_signed_in_athlete_When_an_operator_locks_them_Then_sign_in_and_refresh_fail_and_the_lock_is_audited_naming_the_operator()
    {
        var (client, operatorEmail) = await app.OperatorClientAsync();
        var (email, id) = await app.NewAthleteAsync();
        var tokens = await app.CreateClient().LoginAsync(email);

        var response = await client.LockAsync(id, new { reason = "abusive messages" });

        var lockout = await response.JsonAsync();
        lockout.GetProperty("lockedOut").GetBoolean().ShouldBeTrue();
        lockout.GetProperty("indefinite").GetBoolean().ShouldBeTrue();
        (await app.CreateClient().LoginRawAsync(email, ApiClientExtensions.Password)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.CreateClient().PostAsJsonAsync("/api/v1/accounts/refresh", new { refreshToken = tokens.RefreshToken }))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var entry = await EntryAsync(id, "accountLocked");
        entry.Details.ShouldNotBeNull();
        entry.Details.ShouldContain("abusive messages");
        entry.Details.ShouldContain(operatorEmail);
        entry.Email.ShouldBe(email);
        (await client.GetJsonAsync($"{AdminApi.Users}/{id}")).GetProperty("lockout").GetProperty("lockedOut").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Given_a_locked_athlete_When_an_operator_unlocks_them_Then_they_sign_in_again_and_the_unlock_is_audited()
    {
        var (client, operatorEmail) = await app.OperatorClientAsync();
        var (email, id) = await app.NewAthleteAsync();
        (await client.LockAsync(id, new { until = DateTimeOffset.UtcNow.AddDays(3) })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.CreateClient().LoginRawAsync(email, ApiClientExtensions.Password)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var response = await client.UnlockAsync(id);

        (await response.JsonAsync()).GetProperty("lockedOut").GetBoolean().ShouldBeFalse();
        (await app.CreateClient().LoginRawAsync(email, ApiClientExtensions.Password)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await EntryAsync(id, "accountUnlocked")).Details!.ShouldContain(operatorEmail);
        (await app.AuditKindsAsync(id)).ShouldBe(["registered", "accountLocked", "signInFailed", "accountUnlocked", "signedIn"]);
    }

    [Fact]
    public async Task Given_a_lock_end_in_the_past_or_a_long_reason_When_locking_Then_400_names_the_field_and_nothing_changes()
    {
        var (client, _) = await app.OperatorClientAsync();
        var (email, id) = await app.NewAthleteAsync();

        var past = await client.LockAsync(id, new { until = DateTimeOffset.UtcNow.AddMinutes(-1) });
        var longReason = await client.LockAsync(id, new { reason = new string('r', 501) });

        (await past.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["until"]);
        (await longReason.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["reason"]);
        (await app.CreateClient().LoginRawAsync(email, ApiClientExtensions.Password)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.AuditKindsAsync(id)).ShouldNotContain("accountLocked");
    }

    [Fact]
    public async Task Given_an_operator_When_they_lock_an_admin_Then_403_and_when_they_lock_themselves_Then_409()
    {
        var (client, operatorEmail) = await app.OperatorClientAsync();

        var admin = await client.LockAsync(await app.UserIdAsync(SecurityApp.OperatorEmail));
        var self = await client.LockAsync(await app.UserIdAsync(operatorEmail));

        await admin.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await self.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Given_an_operator_When_they_change_roles_Then_403_and_nothing_changes()
    {
        var (client, _) = await app.OperatorClientAsync();
        var (_, id) = await app.NewAthleteAsync();

        var response = await client.SetRolesAsync(id, "athlete", "operator");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.AuditKindsAsync(id)).ShouldBe(["registered"]);
    }

    [Fact]
    public async Task Given_an_admin_When_they_grant_operator_Then_the_account_uses_the_admin_api_and_the_grant_is_audited()
    {
        var admin = await app.AdminClientAsync();
        var (email, id) = await app.NewAthleteAsync();

        var response = await admin.SetRolesAsync(id, "operator");

        (await response.JsonAsync()).GetProperty("roles").Strings().ShouldBe(["athlete", "operator"]);
        var promoted = app.CreateClient().WithBearer((await app.CreateClient().LoginAsync(email)).AccessToken);
        (await promoted.GetAsync(AdminApi.Users)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var entry = await EntryAsync(id, "roleGranted");
        entry.Details!.ShouldStartWith("operator (by " + SecurityApp.OperatorEmail);
    }

    [Fact]
    public async Task Given_an_operator_When_an_admin_sets_only_athlete_Then_operator_is_revoked_and_audited()
    {
        var admin = await app.AdminClientAsync();
        var (_, id) = await app.NewAthleteAsync();
        await (await admin.SetRolesAsync(id, "athlete", "operator", "admin")).JsonAsync();

        var response = await admin.SetRolesAsync(id);

        (await response.JsonAsync()).GetProperty("roles").Strings().ShouldBe(["athlete"]);
        (await app.AuditKindsAsync(id)).ShouldBe(["registered", "roleGranted", "roleGranted", "roleRevoked", "roleRevoked"]);
    }

    [Fact]
    public async Task Given_an_unknown_role_or_no_list_When_an_admin_sets_roles_Then_400_names_the_field()
    {
        var admin = await app.AdminClientAsync();
        var (_, id) = await app.NewAthleteAsync();

        var unknown = await admin.SetRolesAsync(id, "operator", "superuser");
        var missing = await admin.PutAsJsonAsync($"{AdminApi.Users}/{id}/roles", new { });

        (await unknown.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["roles[1]"]);
        (await missing.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["roles"]);
    }

    [Fact]
    public async Task Given_the_only_admin_When_they_remove_their_own_admin_role_Then_409_and_they_stay_admin()
    {
        var admin = await app.AdminClientAsync();
        var adminId = await app.UserIdAsync(SecurityApp.OperatorEmail);

        var response = await admin.SetRolesAsync(adminId, "athlete", "operator");

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await admin.GetJsonAsync($"{AdminApi.Users}/{adminId}")).GetProperty("roles").Strings().ShouldBe(["athlete", "operator", "admin"]);
    }

    [Fact]
    public async Task Given_a_second_admin_When_the_first_revokes_their_admin_role_Then_it_is_revoked_and_the_second_cannot_revoke_the_last_admin()
    {
        var admin = await app.AdminClientAsync();
        var adminId = await app.UserIdAsync(SecurityApp.OperatorEmail);
        var (email, id) = await app.NewAthleteAsync();
        await (await admin.SetRolesAsync(id, "admin")).JsonAsync();
        var second = app.CreateClient().WithBearer((await app.CreateClient().LoginAsync(email)).AccessToken);

        var revoked = await admin.SetRolesAsync(id, "operator");
        var withOldToken = await second.SetRolesAsync(adminId, "athlete");
        var signedInAgain = app.CreateClient().WithBearer((await app.CreateClient().LoginAsync(email)).AccessToken);
        var againstLast = await signedInAgain.SetRolesAsync(adminId, "athlete");

        (await revoked.JsonAsync()).GetProperty("roles").Strings().ShouldBe(["athlete", "operator"]);
        // Revoking a role ends the sessions that carried it; signed in again, the account is an operator, not an admin.
        withOldToken.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await againstLast.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Given_an_unconfirmed_account_When_an_operator_resends_the_confirmation_Then_a_new_mail_arrives_and_it_is_audited()
    {
        var (client, operatorEmail) = await app.OperatorClientAsync();
        var (email, id) = await app.NewAthleteAsync();
        await app.Mailbox.WaitForAsync(email, "Confirm your email");

        var response = await client.ResendConfirmationAsync(id);

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        await app.Mailbox.WaitForAsync(email, "Confirm your email", count: 2);
        (await EntryAsync(id, "confirmationResent")).Details!.ShouldContain(operatorEmail);
    }

    [Fact]
    public async Task Given_a_confirmed_account_When_an_operator_resends_the_confirmation_Then_409_and_nothing_is_audited()
    {
        var (client, _) = await app.OperatorClientAsync();
        var adminId = await app.UserIdAsync(SecurityApp.OperatorEmail);

        var response = await client.ResendConfirmationAsync(adminId);

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await app.AuditKindsAsync(adminId)).ShouldNotContain("confirmationResent");
    }

    [Fact]
    public async Task Given_audit_entries_When_filtered_by_user_kind_and_time_Then_only_matching_entries_newest_first()
    {
        var (client, _) = await app.OperatorClientAsync();
        var (email, id) = await app.NewAthleteAsync();
        await app.CreateClient().LoginAsync(email);
        await app.CreateClient().LoginAsync(email);
        var from = DateTimeOffset.UtcNow.AddMinutes(-5).ToString("O");
        var to = DateTimeOffset.UtcNow.AddMinutes(5).ToString("O");

        var page = await client.GetJsonAsync($"{AdminApi.Audit}?userId={id}&kind=signedIn&from={Uri.EscapeDataString(from)}&to={Uri.EscapeDataString(to)}");
        var none = await client.GetJsonAsync($"{AdminApi.Audit}?userId={id}&to={Uri.EscapeDataString(from)}");
        var everything = await client.GetJsonAsync($"{AdminApi.Audit}?userId={id}&pageSize=1&page=3");

        page.GetProperty("total").GetInt32().ShouldBe(2);
        page.GetProperty("rows").EnumerateArray().ShouldAllBe(row => row.GetProperty("kind").GetString() == "signedIn" && row.GetProperty("userId").GetGuid() == id);
        none.GetProperty("total").GetInt32().ShouldBe(0);
        everything.GetProperty("total").GetInt32().ShouldBe(3);
        everything.GetProperty("rows").EnumerateArray().Single().GetProperty("kind").GetString().ShouldBe("registered");
    }

    [Theory]
    [InlineData("kind=nonsense", "kind")]
    [InlineData("from=2026-11-21T10:00:00Z&to=2026-11-21T09:00:00Z", "to")]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=201", "pageSize")]
    public async Task Given_bad_filters_When_the_audit_log_is_searched_Then_400_names_the_field(string query, string field)
    {
        var (client, _) = await app.OperatorClientAsync();

        var response = await client.GetAsync($"{AdminApi.Audit}?{query}");

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe([field]);
    }

    private static HttpRequestMessage Request(string method, string path) =>
        new(new HttpMethod(method), path) { Content = method == "PUT" ? JsonContent.Create(new { roles = new[] { "athlete" } }) : null };

    private Task<AuditEntry> EntryAsync(Guid userId, string kind) =>
        app.Services.QueryAsync<AccountsDbContext, AuditEntry>(db => db.AuditEntries.SingleAsync(e => e.UserId == userId && e.Kind == kind));
}

public sealed class AdminApiTests_Sqlite(SecuritySqliteApp app) : AdminApiTests(app), IClassFixture<SecuritySqliteApp>;

public sealed class AdminApiTests_Postgres(SecurityPostgresApp app) : AdminApiTests(app), IClassFixture<SecurityPostgresApp>;
