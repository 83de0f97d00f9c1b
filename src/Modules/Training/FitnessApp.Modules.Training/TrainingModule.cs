using System.Reflection;
using FitnessApp.Modules.Shared.Data;
using FitnessApp.Modules.Shared.Modules;
using FitnessApp.Modules.Training.Activities.DeleteActivity;
using FitnessApp.Modules.Training.Activities.GetActivity;
using FitnessApp.Modules.Training.Activities.GetActivityStreams;
using FitnessApp.Modules.Training.Activities.ListActivities;
using FitnessApp.Modules.Training.Activities.RecordActivity;
using FitnessApp.Modules.Training.Activities.UpdateActivity;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Data;
using FitnessApp.Modules.Training.Pages;
using FitnessApp.Modules.Training.Progress.GetFitness;
using FitnessApp.Modules.Training.Progress.GetRecommendation;
using FitnessApp.Modules.Training.Progress.GetRecords;
using FitnessApp.Modules.Training.Progress.GetStatistics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.Modules.Training;

/// <summary>Workouts of every kind, their statistics and progress, training plans, goals and gear.</summary>
public sealed class TrainingModule : IModule
{
    public const string ModuleName = "Training";

    public string Name => ModuleName;

    public Assembly Assembly => typeof(TrainingModule).Assembly;

    public Assembly ContractsAssembly => typeof(ActivityRecorded).Assembly;

    public Type? DbContextType => typeof(TrainingDbContext);

    public bool HasPages => true;

    public IReadOnlyList<NavigationEntry> Navigation => TrainingNavigation.Entries;

    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleDbContext<TrainingDbContext>(TrainingDbContext.Schema);

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/training").WithTags(ModuleName).RequireAuthorization();
        api.MapRecordActivity();
        api.MapListActivities();
        api.MapGetActivity();
        api.MapGetActivityStreams();
        api.MapUpdateActivity();
        api.MapDeleteActivity();
        api.MapGetStatistics();
        api.MapGetRecords();
        api.MapGetFitness();
        api.MapGetRecommendation();
    }
}

public static class TrainingModuleExtensions
{
    public static IServiceCollection AddTrainingModule(this IServiceCollection services, IConfiguration configuration) =>
        services.AddModule(new TrainingModule(), configuration);

    public static IEndpointRouteBuilder MapTrainingModule(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapModule<TrainingModule>();
}
