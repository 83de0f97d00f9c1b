using System.Net.Http.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Accounts.Identity;
using FitnessApp.Modules.Shared.Errors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FitnessApp.IntegrationTests.Accounts;

/// <summary>The bootstrap admin setting must never promote an account someone else registered with that email.</summary>
public abstract class AdminBootstrapTests(FitnessAppFactory app)
{
    [Fact]
    public async Task Given_a_stranger_registered_the_admin_email_When_the_bootstrap_runs_Then_startup_is_refused_and_no_role_is_given()
    {
        var client = app.CreateClient();
        var email = await client.RegisterAsync($"admin-{Guid.NewGuid():N}@example.com");

        var run = () => RunBootstrapAsync(email, "the-operators-own-password");

        var refusal = await run.ShouldThrowAsync<StartupConfigurationException>();
        refusal.Message.ShouldContain("Accounts:Bootstrap:AdminEmail");
        (await RolesOfAsync(client, email)).ShouldBe(["athlete"]);
    }

    [Fact]
    public async Task Given_the_admin_email_exists_with_the_configured_password_When_the_bootstrap_runs_Then_it_becomes_admin_and_operator()
    {
        var client = app.CreateClient();
        var email = await client.RegisterAsync($"admin-{Guid.NewGuid():N}@example.com");

        await RunBootstrapAsync(email, ApiClientExtensions.Password);

        (await RolesOfAsync(client, email)).ShouldBe(["admin", "athlete", "operator"]);
    }

    private async Task RunBootstrapAsync(string email, string password)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var options = Options.Create(new AccountsOptions { Bootstrap = new() { AdminEmail = email, AdminPassword = password } });
        var task = ActivatorUtilities.CreateInstance<IdentityBootstrapTask>(scope.ServiceProvider, options);
        await task.RunAsync(CancellationToken.None);
    }

    private static async Task<string[]> RolesOfAsync(HttpClient client, string email)
    {
        var token = await client.LoginAsync(email);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/accounts/me");
        request.Headers.Authorization = new("Bearer", token.AccessToken);
        var me = await (await client.SendAsync(request)).Content.ReadFromJsonAsync<MeBody>();
        return me!.Roles;
    }

    private sealed record MeBody(string[] Roles);
}

public sealed class AdminBootstrapTests_Sqlite(SqliteApp app) : AdminBootstrapTests(app), IClassFixture<SqliteApp>;

public sealed class AdminBootstrapTests_Postgres(PostgresApp app) : AdminBootstrapTests(app), IClassFixture<PostgresApp>;
