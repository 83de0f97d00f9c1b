using FitnessApp.Modules.Accounts.Contracts.PersonalData;
using FitnessApp.Modules.Accounts.PersonalData.Erasure;
using FitnessApp.Modules.Accounts.PersonalData.Erasure.RequestErasure;
using FitnessApp.Modules.Accounts.PersonalData.Export;
using FitnessApp.Modules.Accounts.PersonalData.Export.DownloadExport;
using FitnessApp.Modules.Accounts.PersonalData.Export.GetExport;
using FitnessApp.Modules.Accounts.PersonalData.Export.ListExports;
using FitnessApp.Modules.Accounts.PersonalData.Export.RequestExport;
using FitnessApp.Modules.Shared.Jobs;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.Modules.Accounts.PersonalData;

/// <summary>Data export and account erasure (docs/adr/0013).</summary>
internal static class PersonalDataSetup
{
    public static IServiceCollection AddPersonalData(this IServiceCollection services)
    {
        services.AddScoped<IPersonalDataExporter, AccountsPersonalDataExporter>();
        services.AddScoped<ExportArchiveBuilder>();
        services.AddScoped<AccountErasure>();
        services.AddOnDemandJob<BuildExportJob>(AccountsModule.ModuleName, BuildExportJob.Name, "Builds the zip of an athlete's data export");
        services.AddScheduledJob<PersonalDataMaintenanceJob>(
            AccountsModule.ModuleName, PersonalDataMaintenanceJob.Name, JobSchedule.Every(TimeSpan.FromHours(1)),
            "Removes exports past their 7 days, gives up stuck exports, completes confirmed erasures");
        return services;
    }

    public static IEndpointRouteBuilder MapPersonalData(this IEndpointRouteBuilder api)
    {
        api.MapRequestExport();
        api.MapListExports();
        api.MapGetExport();
        api.MapDownloadExport();
        api.MapRequestErasure();
        return api;
    }
}
