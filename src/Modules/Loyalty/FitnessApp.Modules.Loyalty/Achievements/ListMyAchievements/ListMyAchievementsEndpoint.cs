using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Loyalty.Achievements.ListMyAchievements;

internal static class ListMyAchievementsEndpoint
{
    public static void MapListMyAchievements(this IEndpointRouteBuilder group) =>
        group.MapGet("/achievements", Handle)
            .WithName("ListMyAchievements")
            .WithSummary("The caller's achievements: earned (with dates and times), in progress (progress/target) and hidden ones as locked")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<Ok<IReadOnlyList<MyAchievement>>> Handle(ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListMyAchievements(principal.GetUserId()), cancellationToken));
}
