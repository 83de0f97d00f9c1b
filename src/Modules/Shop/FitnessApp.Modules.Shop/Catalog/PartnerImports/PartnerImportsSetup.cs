using FitnessApp.Modules.Shared.Jobs;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Shop.Catalog.PartnerImports.CreatePartnerFeed;
using FitnessApp.Modules.Shop.Catalog.PartnerImports.DeletePartnerFeed;
using FitnessApp.Modules.Shop.Catalog.PartnerImports.GetImportRun;
using FitnessApp.Modules.Shop.Catalog.PartnerImports.Importing;
using FitnessApp.Modules.Shop.Catalog.PartnerImports.ListImportRuns;
using FitnessApp.Modules.Shop.Catalog.PartnerImports.ListPartnerFeeds;
using FitnessApp.Modules.Shop.Catalog.PartnerImports.RunPartnerFeed;
using FitnessApp.Modules.Shop.Catalog.PartnerImports.Runs;
using FitnessApp.Modules.Shop.Catalog.PartnerImports.UpdatePartnerFeed;
using FitnessApp.Modules.Shop.Catalog.PartnerImports.UploadFeedFile;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Shop.Catalog.PartnerImports;

internal static class PartnerImportsSetup
{
    public static IServiceCollection AddPartnerImports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PartnerImportOptions>()
            .Bind(configuration.GetSection(PartnerImportOptions.Section))
            .Validate(o => o.MaxRows > 0 && o.MaxFeedBytes > 0 && o.MaxUploadBytes > 0 && o.RunTimeout > TimeSpan.Zero, "Shop:PartnerImports limits must be positive.")
            .ValidateOnStart();
        services.AddHttpClient(FeedFetcher.ClientName, (provider, client) =>
        {
            client.Timeout = provider.GetRequiredService<IOptions<PartnerImportOptions>>().Value.FetchTimeout;
        });
        services.AddScoped<FeedFetcher>();
        services.AddScoped<PartnerImporter>();
        services.AddScoped<PartnerImportRunner>();
        services.AddOnDemandJob<RunPartnerFeedJob>(ShopModule.ModuleName, RunPartnerFeedJob.Name, "Fetches and imports one partner catalog feed (run now)");
        services.AddScheduledJob<ScheduledPartnerFeedsJob>(
            ShopModule.ModuleName, ScheduledPartnerFeedsJob.Name, JobSchedule.Every(TimeSpan.FromMinutes(15)), "Imports the partner catalog feeds whose schedule is due");
        return services;
    }

    public static void MapPartnerImports(this IEndpointRouteBuilder api)
    {
        var operators = api.MapGroup(string.Empty).RequireAuthorization(PlatformPolicies.Operator);
        operators.MapListPartnerFeeds();
        operators.MapCreatePartnerFeed();
        operators.MapUpdatePartnerFeed();
        operators.MapDeletePartnerFeed();
        operators.MapRunPartnerFeed();
        operators.MapUploadFeedFile();
        operators.MapListImportRuns();
        operators.MapGetImportRun();
    }
}
