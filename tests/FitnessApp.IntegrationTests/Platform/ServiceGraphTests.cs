using System.Net;
using FitnessApp.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;

namespace FitnessApp.IntegrationTests.Platform;

/// <summary>
/// `dotnet run` starts in Development, where the container checks every registration when it is built:
/// a service that cannot be constructed must fail here, not on a developer's first run.
/// </summary>
public sealed class ServiceGraphTests(ValidatedGraphApp app) : IClassFixture<ValidatedGraphApp>
{
    [Fact]
    public async Task Given_a_container_that_validates_every_registration_When_the_host_starts_Then_it_serves_requests()
    {
        var response = await app.CreateClient().GetAsync("/health/live");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

public sealed class ValidatedGraphApp() : FitnessAppFactory(TestDatabase.Sqlite)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseDefaultServiceProvider(options =>
        {
            options.ValidateOnBuild = true;
            options.ValidateScopes = true;
        });
    }
}
