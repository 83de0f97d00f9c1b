using System.Reflection;
using FitnessApp.Modules.Accounts.Contracts.PersonalData;
using FitnessApp.Modules.Devices.Contracts.DailyMetrics;
using FitnessApp.Modules.Devices.DailyMetrics.ListDailyMetrics;
using FitnessApp.Modules.Devices.Data;
using FitnessApp.Modules.Devices.Demo;
using FitnessApp.Modules.Devices.Exports;
using FitnessApp.Modules.Devices.Imports;
using FitnessApp.Modules.Devices.Imports.ZipImports;
using FitnessApp.Modules.Devices.Pages;
using FitnessApp.Modules.Devices.PersonalData;
using FitnessApp.Modules.Devices.Providers;
using FitnessApp.Modules.Devices.Registrations.ListDevices;
using FitnessApp.Modules.Devices.Registrations.RegisterDevice;
using FitnessApp.Modules.Devices.Registrations.RevokeDevice;
using FitnessApp.Modules.Devices.Samples.RecordSamples;
using FitnessApp.Modules.Shared.Data;
using FitnessApp.Modules.Shared.Demo;
using FitnessApp.Modules.Shared.Jobs;
using FitnessApp.Modules.Shared.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.Modules.Devices;

/// <summary>
/// What watches, phones, trackers and cloud accounts produce, turned into Training activities and daily metrics:
/// activity file imports (FIT, GPX, TCX, gzip, zip), registered devices pushing samples, provider sync.
/// </summary>
public sealed class DevicesModule : IModule
{
    public const string ModuleName = "Devices";

    public string Name => ModuleName;

    public Assembly Assembly => typeof(DevicesModule).Assembly;

    public Assembly ContractsAssembly => typeof(GetDailyMetrics).Assembly;

    public Type? DbContextType => typeof(DevicesDbContext);

    public bool HasPages => true;

    public IReadOnlyList<NavigationEntry> Navigation => DevicesNavigation.Entries;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<DevicesDbContext>(DevicesDbContext.Schema);
        services.AddScoped<IDemoSeeder, DevicesDemoSeeder>();
        services.Configure<ImportOptions>(configuration.GetSection(ImportOptions.Section));
        services.AddScoped<ActivityFileImporter>();
        services.AddOnDemandJob<ZipImportJob>(ModuleName, ZipImportJob.Name, "Imports the activity files of an uploaded zip");
        services.AddProviderSync(configuration);
        services.AddScoped<IPersonalDataExporter, DevicesPersonalDataExporter>();
        services.AddScoped<ProviderGrantRevocation>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/devices").WithTags(ModuleName).RequireAuthorization();
        api.MapRegisterDevice();
        api.MapListDevices();
        api.MapRevokeDevice();
        api.MapRecordSamples();
        api.MapListDailyMetrics();
        api.MapImports();
        api.MapExportGpx();
        api.MapProviderSync();
    }
}

public static class DevicesModuleExtensions
{
    public static IServiceCollection AddDevicesModule(this IServiceCollection services, IConfiguration configuration) =>
        services.AddModule(new DevicesModule(), configuration);

    public static IEndpointRouteBuilder MapDevicesModule(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapModule<DevicesModule>();
}
