using System.Security.Claims;
using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Training.Activities.ListActivities;

internal static class ListActivitiesEndpoint
{
    public static void MapListActivities(this IEndpointRouteBuilder group) =>
        group.MapGet(ActivityRoutes.Activities, Handle)
            .WithName("ListActivities")
            .WithSummary("The caller's activities, newest first; filter by sport and start in [from, to); pass nextCursor back as cursor")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<Ok<Page<ActivityResponse>>> Handle(
        ClaimsPrincipal principal,
        IMediator mediator,
        string? sport,
        DateTimeOffset? from,
        DateTimeOffset? to,
        string? cursor,
        int? limit,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(
            new ListActivities(principal.GetUserId(), sport, from, to, cursor, limit ?? ListActivities.DefaultLimit), cancellationToken));
}
