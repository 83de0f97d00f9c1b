using System.Reflection;
using FitnessApp.Modules.Accounts.Contracts.PersonalData;
using FitnessApp.Modules.Shared.Data;
using FitnessApp.Modules.Shared.Demo;
using FitnessApp.Modules.Shared.Modules;
using FitnessApp.Modules.Support.Contracts.Tickets;
using FitnessApp.Modules.Support.Data;
using FitnessApp.Modules.Support.Demo;
using FitnessApp.Modules.Support.Domain;
using FitnessApp.Modules.Support.Feedback;
using FitnessApp.Modules.Support.Notifications;
using FitnessApp.Modules.Support.Pages;
using FitnessApp.Modules.Support.PersonalData;
using FitnessApp.Modules.Support.Queue;
using FitnessApp.Modules.Support.Tickets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.Modules.Support;

/// <summary>
/// Athletes' feedback and support tickets (with a screenshot), the operators' queue with assignment, status, replies and
/// internal notes; athletes are emailed operators' replies through Accounts.
/// </summary>
public sealed class SupportModule : IModule
{
    public const string ModuleName = "Support";

    public string Name => ModuleName;

    public Assembly Assembly => typeof(SupportModule).Assembly;

    public Assembly ContractsAssembly => typeof(CountUnreadSupportReplies).Assembly;

    public Type? DbContextType => typeof(SupportDbContext);

    public bool HasPages => true;

    public IReadOnlyList<NavigationEntry> Navigation => SupportNavigation.Entries;

    /// <summary>The operators' entries, shown in the sidebar's operations section (registered as navigation services).</summary>
    public static IReadOnlyList<NavigationEntry> OperatorNavigation => SupportNavigation.Operators;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<SupportDbContext>(SupportDbContext.Schema);
        services.Configure<SupportOptions>(configuration.GetSection(SupportOptions.Section));
        services.AddScoped<ReplyNotifier>();
        services.AddScoped<IPersonalDataExporter, SupportDataExporter>();
        services.AddScoped<IDemoSeeder, SupportDemoSeeder>();
        foreach (var entry in SupportNavigation.Operators)
        {
            services.AddSingleton(entry);
        }
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/support").WithTags(ModuleName).RequireAuthorization();
        api.MapTickets();
        api.MapQueue();
        api.MapFeedback();
    }
}

public static class SupportModuleExtensions
{
    public static IServiceCollection AddSupportModule(this IServiceCollection services, IConfiguration configuration) =>
        services.AddModule(new SupportModule(), configuration);

    public static IEndpointRouteBuilder MapSupportModule(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapModule<SupportModule>();
}
