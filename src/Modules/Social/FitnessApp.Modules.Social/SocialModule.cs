using System.Reflection;
using FitnessApp.Modules.Accounts.Contracts.PersonalData;
using FitnessApp.Modules.Shared.Data;
using FitnessApp.Modules.Shared.Demo;
using FitnessApp.Modules.Shared.Jobs;
using FitnessApp.Modules.Shared.Modules;
using FitnessApp.Modules.Social.Connections;
using FitnessApp.Modules.Social.Contracts.Connections;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Demo;
using FitnessApp.Modules.Social.Domain;
using FitnessApp.Modules.Social.Feed;
using FitnessApp.Modules.Social.Feed.GetFeed;
using FitnessApp.Modules.Social.Feed.Publishing;
using FitnessApp.Modules.Social.Groups;
using FitnessApp.Modules.Social.Interactions;
using FitnessApp.Modules.Social.Interactions.Mentions;
using FitnessApp.Modules.Social.Live;
using FitnessApp.Modules.Social.Moderation;
using FitnessApp.Modules.Social.Notifications;
using FitnessApp.Modules.Social.Notifications.Email;
using FitnessApp.Modules.Social.Pages;
using FitnessApp.Modules.Social.PersonalData;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.Modules.Social;

/// <summary>
/// Athletes together: follows (with requests and blocks), the feed, kudos and comments, groups with events, in-app
/// notifications (live in the portal) and moderation of what athletes post.
/// </summary>
public sealed class SocialModule : IModule
{
    public const string ModuleName = "Social";

    public string Name => ModuleName;

    public Assembly Assembly => typeof(SocialModule).Assembly;

    public Assembly ContractsAssembly => typeof(GetAudiences).Assembly;

    public Type? DbContextType => typeof(SocialDbContext);

    public bool HasPages => true;

    public IReadOnlyList<NavigationEntry> Navigation => SocialNavigation.Entries;

    /// <summary>The operators' entries, shown in the sidebar's operations section (registered as navigation services).</summary>
    public static IReadOnlyList<NavigationEntry> OperatorNavigation => SocialNavigation.Operators;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<SocialDbContext>(SocialDbContext.Schema);
        services.AddScoped<SocialGraph>();
        services.AddScoped<AthleteDirectory>();
        services.AddScoped<IPersonalDataExporter, SocialDataExporter>();
        foreach (var entry in SocialNavigation.Operators)
        {
            services.AddSingleton(entry);
        }

        // Connections: follows, requests, blocks, search and suggestions.
        services.AddSocialConnections();
        services.AddScoped<ISocialDataPart, ConnectionsDataPart>();
        services.AddScoped<IDemoSeeder, ConnectionsDemoSeeder>();

        // Feed: posts from Training's events, fan-out, read-time merge.
        services.Configure<FeedOptions>(configuration.GetSection(FeedOptions.Section));
        services.AddScoped<FeedSignals>();
        services.AddScoped<FeedPublisher>();
        services.AddScoped<GroupFeedPublisher>();
        services.AddScoped<IFollowObserver, FeedFollowObserver>();
        services.AddScoped<ISocialDataPart, FeedDataPart>();
        services.AddScoped<IModerationTarget, ActivityModerationTarget>();

        // Interactions: kudos, comments, mentions.
        services.AddScoped<ActivityAccess>();
        services.AddScoped<CommentAccess>();
        services.AddScoped<CommentReader>();
        services.AddScoped<ActivitySignals>();
        services.AddScoped<CommentNotifications>();
        services.AddScoped<MentionCandidates>();
        services.AddScoped<IModerationTarget, CommentModerationTarget>();
        services.AddScoped<ISocialDataPart, InteractionsDataPart>();
        services.AddScoped<IDemoSeeder, InteractionsDemoSeeder>();

        // Groups: membership, posts, leaderboards, events and their reminders.
        services.AddGroups();

        // Notifications: in-app, live, and emailed by a job.
        services.AddScoped<Notifier>();
        services.AddSingleton<LiveSignals>();
        services.AddScoped<ISocialDataPart, NotificationsDataPart>();
        services.AddScoped<NotificationEmailDispatch>();
        services.AddScheduledJob<NotificationEmailJob>(ModuleName, NotificationEmailJob.Name, JobSchedule.Every(TimeSpan.FromMinutes(1)), "Emails waiting notifications of the kinds each recipient enabled");

        // Moderation: reports and the operators' queue.
        services.AddScoped<ModerationTargets>();
        services.AddScoped<IModerationTarget, AthleteModerationTarget>();
        services.AddScoped<ISocialDataPart, ReportsDataPart>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/social").WithTags(ModuleName).RequireAuthorization();
        api.MapConnections();
        api.MapGetFeed();
        api.MapInteractions();
        api.MapGroups();
        api.MapNotifications();
        api.MapModeration();
    }
}

public static class SocialModuleExtensions
{
    public static IServiceCollection AddSocialModule(this IServiceCollection services, IConfiguration configuration) =>
        services.AddModule(new SocialModule(), configuration);

    public static IEndpointRouteBuilder MapSocialModule(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapModule<SocialModule>();
}
