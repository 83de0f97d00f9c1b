using FitnessApp.Modules.Loyalty.Challenges.CreateChallenge;
using FitnessApp.Modules.Loyalty.Challenges.CreateGroupChallenge;
using FitnessApp.Modules.Loyalty.Challenges.DeleteChallenge;
using FitnessApp.Modules.Loyalty.Challenges.Finalization;
using FitnessApp.Modules.Loyalty.Challenges.GetBadge;
using FitnessApp.Modules.Loyalty.Challenges.GetChallenge;
using FitnessApp.Modules.Loyalty.Challenges.GetLeaderboard;
using FitnessApp.Modules.Loyalty.Challenges.JoinChallenge;
using FitnessApp.Modules.Loyalty.Challenges.LeaveChallenge;
using FitnessApp.Modules.Loyalty.Challenges.ListChallenges;
using FitnessApp.Modules.Loyalty.Challenges.UpdateChallenge;
using FitnessApp.Modules.Loyalty.Challenges.UpdateGroupChallenge;
using FitnessApp.Modules.Loyalty.PersonalData;
using FitnessApp.Modules.Shared.Demo;
using FitnessApp.Modules.Shared.Jobs;
using FitnessApp.Modules.Shared.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.Modules.Loyalty.Challenges;

/// <summary>Challenges: operators' public ones and group admins' group ones, progress from events, live leaderboards, finalization.</summary>
internal static class ChallengesSetup
{
    public static IServiceCollection AddChallenges(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        services.AddSingleton<ChallengeSignals>();
        services.AddScoped<ChallengeAccess>();
        services.AddScoped<ChallengeHistory>();
        services.AddScoped<ChallengeProgress>();
        services.AddScoped<ChallengeFinalizer>();
        services.AddScoped<ILoyaltyDataPart, ChallengesDataPart>();
        services.AddScoped<IDemoSeeder, ChallengesDemoSeeder>();
        services.AddScheduledJob<FinalizeChallengesJob>(
            LoyaltyModule.ModuleName, FinalizeChallengesJob.Name, JobSchedule.Every(FinalizeChallengesJob.Interval),
            "Finalizes challenges whose end has passed: final ranks, points and badges, once each");
        return services;
    }

    public static IEndpointRouteBuilder MapChallenges(this IEndpointRouteBuilder api)
    {
        api.MapListChallenges();
        api.MapGetChallenge();
        api.MapCreateGroupChallenge();
        api.MapUpdateGroupChallenge();
        api.MapJoinChallenge();
        api.MapLeaveChallenge();
        api.MapGetLeaderboard();
        api.MapGetChallengeBadge();
        var operators = api.MapGroup(string.Empty).RequireAuthorization(PlatformPolicies.Operator);
        operators.MapListAllChallenges();
        operators.MapCreateChallenge();
        operators.MapUpdateChallenge();
        operators.MapDeleteChallenge();
        return api;
    }
}
