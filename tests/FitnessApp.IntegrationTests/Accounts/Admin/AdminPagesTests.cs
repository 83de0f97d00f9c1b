using System.Net;
using FitnessApp.IntegrationTests.Accounts.Security;
using FitnessApp.IntegrationTests.Infrastructure;

namespace FitnessApp.IntegrationTests.Accounts.Admin;

public abstract class AdminPagesTests(SecurityApp app)
{
    public static TheoryData<string> Pages => ["/admin", "/admin/users", $"/admin/users/{Guid.CreateVersion7()}", "/admin/audit", "/admin/mailbox"];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Given_a_visitor_or_an_athlete_When_an_admin_page_is_opened_Then_sign_in_or_refused(string path)
    {
        var athlete = await app.CreateAthleteClientAsync();

        var visitor = await app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(path);
        var refused = await athlete.GetAsync(path);

        visitor.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        visitor.Headers.Location!.ToString().ShouldContain("/account/login");
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Given_an_operator_When_an_account_page_is_opened_Then_it_shows_the_account_and_read_only_roles()
    {
        var (client, _) = await app.OperatorClientAsync();
        var (email, id) = await app.NewAthleteAsync("Page Athlete");

        var html = await client.GetStringAsync($"/admin/users/{id}");

        html.ShouldContain(email);
        html.ShouldContain("Page Athlete");
        html.ShouldContain("user-roles-read-only");
        html.ShouldContain("data-kind=\"registered\"");
    }

    [Fact]
    public async Task Given_an_operator_When_the_landing_page_is_opened_Then_it_links_the_users_audit_mailbox_and_jobs()
    {
        var (client, _) = await app.OperatorClientAsync();

        var html = await client.GetStringAsync("/admin");

        foreach (var link in new[] { "/admin/users", "/admin/audit", "/admin/mailbox", "/ops/jobs" })
        {
            html.ShouldContain($"href=\"{link}\"");
        }
    }
}

public sealed class AdminPagesTests_Sqlite(SecuritySqliteApp app) : AdminPagesTests(app), IClassFixture<SecuritySqliteApp>;

public sealed class AdminPagesTests_Postgres(SecurityPostgresApp app) : AdminPagesTests(app), IClassFixture<SecurityPostgresApp>;
