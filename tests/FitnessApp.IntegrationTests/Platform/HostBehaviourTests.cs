using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Platform;

/// <summary>What the host does for every module: correlation ids, health, OpenAPI, errors.</summary>
public abstract class HostBehaviourTests(FitnessAppFactory app)
{
    public const string BoomPath = "/api/v1/test-only/boom";
    public const string BoomSecret = "secret-internal-detail-42";

    [Fact]
    public async Task Given_a_correlation_id_When_a_request_is_sent_Then_the_response_echoes_it()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Correlation-Id", "test-correlation-123");

        var response = await client.GetAsync("/health/live");

        response.Headers.GetValues("X-Correlation-Id").ShouldBe(["test-correlation-123"]);
    }

    [Fact]
    public async Task Given_a_correlation_id_When_the_request_fails_Then_the_problem_document_carries_it()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Correlation-Id", "test-correlation-456");

        var response = await client.GetAsync("/api/v1/accounts/me");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        problem.GetProperty("correlationId").GetString().ShouldBe("test-correlation-456");
    }

    [Fact]
    public async Task Given_no_correlation_id_When_a_request_is_sent_Then_the_host_assigns_one()
    {
        var client = app.CreateClient();

        var response = await client.GetAsync("/health/live");

        response.Headers.GetValues("X-Correlation-Id").Single().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Given_an_unsafe_correlation_id_When_a_request_is_sent_Then_it_is_replaced()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("X-Correlation-Id", "bad id <script>");

        var response = await client.GetAsync("/health/live");

        response.Headers.GetValues("X-Correlation-Id").Single().ShouldNotContain("<");
    }

    [Fact]
    public async Task Given_a_running_host_When_probing_liveness_Then_200()
    {
        var response = await app.CreateClient().GetAsync("/health/live");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Given_a_migrated_database_When_probing_readiness_Then_200_listing_the_accounts_database()
    {
        var response = await app.CreateClient().GetAsync("/health/ready");

        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        var report = JsonDocument.Parse(body).RootElement;
        report.GetProperty("status").GetString().ShouldBe("Healthy");
        report.GetProperty("checks").GetProperty("database-accounts").GetProperty("status").GetString().ShouldBe("Healthy");
    }

    [Fact]
    public async Task Given_the_api_When_reading_the_openapi_document_Then_200_declaring_the_bearer_scheme()
    {
        var response = await app.CreateClient().GetAsync("/swagger/v1/swagger.json");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var bearer = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        bearer.GetProperty("type").GetString().ShouldBe("http");
        bearer.GetProperty("scheme").GetString().ShouldBe("bearer");
        document.GetProperty("paths").TryGetProperty("/api/v1/accounts/register", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Given_a_visitor_When_opening_the_swagger_ui_Then_the_page_is_served_without_signing_in()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/swagger/index.html");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("swagger-ui");
    }

    /// <summary>The fallback policy runs before routing decides there is nothing: a visitor learns nothing about which paths exist.</summary>
    [Fact]
    public async Task Given_an_anonymous_client_When_requesting_an_unknown_api_path_Then_401_problem()
    {
        var response = await app.CreateClient().GetAsync("/api/v1/no-such-thing");

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_a_signed_in_client_When_requesting_an_unknown_api_path_Then_404_problem()
    {
        var client = await app.CreateAthleteClientAsync();

        var response = await client.GetAsync("/api/v1/no-such-thing");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        problem.GetProperty("detail").GetString()!.ShouldContain("/api/v1/no-such-thing");
    }

    [Fact]
    public async Task Given_an_anonymous_client_When_using_a_wrong_method_on_an_anonymous_endpoint_Then_405_problem_not_401()
    {
        var response = await app.CreateClient().PutAsync("/api/v1/accounts/register", null);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.MethodNotAllowed);
        problem.GetProperty("detail").GetString()!.ShouldContain("PUT");
    }

    [Fact]
    public async Task Given_an_anonymous_client_When_using_a_wrong_method_on_a_protected_endpoint_Then_405_problem()
    {
        var response = await app.CreateClient().PatchAsync("/api/v1/accounts/me", null);

        await response.ShouldBeProblemAsync(HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task Given_an_unexpected_exception_When_an_api_request_fails_Then_500_problem_without_stack_trace_or_message()
    {
        var client = await app.CreateAthleteClientAsync();
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        var response = await client.GetAsync(BoomPath);

        var body = await response.Content.ReadAsStringAsync();
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.InternalServerError);
        body.ShouldNotContain(BoomSecret);
        body.ShouldNotContain("   at ");
        body.ShouldNotContain(nameof(InvalidOperationException));
        problem.GetProperty("detail").GetString()!.ShouldContain("correlation id");
    }
}

/// <summary>Adds <see cref="HostBehaviourTests.BoomPath"/>, which throws, behind every endpoint of the host (so inside its error handling).</summary>
internal sealed class BoomEndpointStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.Run(Boom);
    };

    private static Task Boom(HttpContext context)
    {
        if (context.Request.Path == HostBehaviourTests.BoomPath)
        {
            throw new InvalidOperationException(HostBehaviourTests.BoomSecret);
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}

public sealed class HostSqliteApp : FitnessAppFactory
{
    public HostSqliteApp()
        : base(TestDatabase.Sqlite) => WithServices(s => s.AddSingleton<IStartupFilter, BoomEndpointStartupFilter>());
}

public sealed class HostPostgresApp : FitnessAppFactory
{
    public HostPostgresApp()
        : base(TestDatabase.Postgres) => WithServices(s => s.AddSingleton<IStartupFilter, BoomEndpointStartupFilter>());
}

public sealed class HostBehaviourTests_Sqlite(HostSqliteApp app) : HostBehaviourTests(app), IClassFixture<HostSqliteApp>;

public sealed class HostBehaviourTests_Postgres(HostPostgresApp app) : HostBehaviourTests(app), IClassFixture<HostPostgresApp>;
