using System.Reflection;
using FitnessApp.Modules.Accounts.Contracts.PersonalData;
using FitnessApp.Modules.Shared.Data;
using FitnessApp.Modules.Shared.Demo;
using FitnessApp.Modules.Shared.Modules;
using FitnessApp.Modules.Training.Activities.DeleteActivity;
using FitnessApp.Modules.Training.Activities.GetActivity;
using FitnessApp.Modules.Training.Activities.GetActivityStreams;
using FitnessApp.Modules.Training.Activities.ListActivities;
using FitnessApp.Modules.Training.Activities.RecordActivity;
using FitnessApp.Modules.Training.Activities.UpdateActivity;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Data;
using FitnessApp.Modules.Training.Demo;
using FitnessApp.Modules.Training.Gear.CreateGear;
using FitnessApp.Modules.Training.Gear.DeleteGear;
using FitnessApp.Modules.Training.Gear.GetGear;
using FitnessApp.Modules.Training.Gear.ListGear;
using FitnessApp.Modules.Training.Gear.RetireGear;
using FitnessApp.Modules.Training.Gear.UpdateGear;
using FitnessApp.Modules.Training.Goals.CreateGoal;
using FitnessApp.Modules.Training.Goals.DeleteGoal;
using FitnessApp.Modules.Training.Goals.ListGoals;
using FitnessApp.Modules.Training.Goals.UpdateGoal;
using FitnessApp.Modules.Training.Pages;
using FitnessApp.Modules.Training.PersonalData;
using FitnessApp.Modules.Training.Plans.Calendar;
using FitnessApp.Modules.Training.Plans.Enrolments.EnrolInPlan;
using FitnessApp.Modules.Training.Plans.Enrolments.GetCurrentPlan;
using FitnessApp.Modules.Training.Plans.Enrolments.LeavePlan;
using FitnessApp.Modules.Training.Plans.Seeding;
using FitnessApp.Modules.Training.Plans.Templates.CreatePlanTemplate;
using FitnessApp.Modules.Training.Plans.Templates.DeletePlanTemplate;
using FitnessApp.Modules.Training.Plans.Templates.GetPlanTemplate;
using FitnessApp.Modules.Training.Plans.Templates.ListPlanTemplates;
using FitnessApp.Modules.Training.Plans.Templates.UpdatePlanTemplate;
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

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<TrainingDbContext>(TrainingDbContext.Schema);
        services.AddScoped<IDemoSeeder, TrainingDemoSeeder>();
        services.AddScoped<IDemoSeeder, DemoGearGoalsAndPlansSeeder>();
        services.AddScoped<IStartupTask, PlanTemplateSeedTask>();
        services.AddScoped<IPersonalDataExporter, TrainingPersonalDataExporter>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/training").WithTags(ModuleName).RequireAuthorization();
        api.MapRecordActivity();
        api.MapListActivities();
        api.MapGetActivity();
        api.MapGetActivityStreams();
        api.MapUpdateActivity();
        api.MapDeleteActivity();
        api.MapListGear();
        api.MapGetGear();
        api.MapCreateGear();
        api.MapUpdateGear();
        api.MapRetireGear();
        api.MapDeleteGear();
        api.MapListGoals();
        api.MapCreateGoal();
        api.MapUpdateGoal();
        api.MapDeleteGoal();
        api.MapListPlanTemplates();
        api.MapGetPlanTemplate();
        api.MapCreatePlanTemplate();
        api.MapUpdatePlanTemplate();
        api.MapDeletePlanTemplate();
        api.MapEnrolInPlan();
        api.MapGetCurrentPlan();
        api.MapLeavePlan();
        api.MapGetCalendar();
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
