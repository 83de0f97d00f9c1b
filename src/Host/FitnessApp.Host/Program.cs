using FitnessApp.Host.Api;
using FitnessApp.Host.Errors;
using FitnessApp.Host.Jobs;
using FitnessApp.Host.Logging;
using FitnessApp.Host.Modules;
using FitnessApp.Host.Portal;
using FitnessApp.Host.Security;
using FitnessApp.Host.Startup;
using FitnessApp.Modules.Shared;
using FitnessApp.Modules.Shared.Idempotency;

var builder = WebApplication.CreateBuilder(args);
using var startupLog = builder.AddPlatformLogging();
try
{
    builder.Services.AddPlatformKernel(builder.Configuration, builder.Environment);
    builder.Services.AddStartupPreparation();
    builder.Services.AddGracefulShutdown(builder.Configuration);
    builder.Services.AddPlatformErrors();
    builder.Services.AddPlatformApi(builder.Configuration);
    builder.Services.AddPlatformAuthorization();
    builder.Services.AddPlatformJobs(builder.Configuration);
    builder.Services.AddPortal();
    builder.Services.AddModules(builder.Configuration);

    var app = builder.Build();

    app.UseCorrelatedRequestLogging();
    app.UsePlatformErrors();
    app.UseStaticFiles();
    app.UsePlatformSwaggerUi();
    app.UsePortalLocalization();
    app.UseIdempotencyKeys();
    app.UseAuthentication();
    app.UseRateLimiter();
    app.UseAnonymousRoutingRejections();
    app.UseAuthorization();
    app.UseAntiforgery();

    app.MapPlatformApi();
    app.MapModules();
    app.MapPlatformJobs();
    app.MapPortal();

    await app.RunAsync();
    return 0;
}
catch (Exception exception) when (StartupFailure.IsExplained(exception, out var message))
{
    startupLog.Fatal(message);
    return 1;
}

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
