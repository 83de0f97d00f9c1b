using FitnessApp.Modules.Social.Connections.AnswerFollowRequest;
using FitnessApp.Modules.Social.Connections.BlockAthlete;
using FitnessApp.Modules.Social.Connections.FindAthletes;
using FitnessApp.Modules.Social.Connections.FollowAthlete;
using FitnessApp.Modules.Social.Connections.GetAthlete;
using FitnessApp.Modules.Social.Connections.GetAthleteActivities;
using FitnessApp.Modules.Social.Connections.ListBlocks;
using FitnessApp.Modules.Social.Connections.ListConnections;
using FitnessApp.Modules.Social.Connections.ListFollowRequests;
using FitnessApp.Modules.Social.Connections.RemoveFollower;
using FitnessApp.Modules.Social.Connections.SuggestAthletes;
using FitnessApp.Modules.Social.Connections.UnblockAthlete;
using FitnessApp.Modules.Social.Connections.UnfollowAthlete;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.Modules.Social.Connections;

internal static class ConnectionsApi
{
    public static IServiceCollection AddSocialConnections(this IServiceCollection services) =>
        services.AddScoped<ConnectionAthletes>().AddScoped<FollowChanges>();

    public static void MapConnections(this IEndpointRouteBuilder api)
    {
        api.MapFollowAthlete();
        api.MapUnfollowAthlete();
        api.MapListConnections();
        api.MapRemoveFollower();
        api.MapListFollowRequests();
        api.MapAnswerFollowRequest();
        api.MapBlockAthlete();
        api.MapUnblockAthlete();
        api.MapListBlocks();
        api.MapFindAthletes();
        api.MapSuggestAthletes();
        api.MapGetAthlete();
        api.MapGetAthleteActivities();
    }
}
