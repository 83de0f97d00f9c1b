using System.Security.Claims;
using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Social.Connections.ListConnections;

internal static class ListConnectionsEndpoint
{
    public static void MapListConnections(this IEndpointRouteBuilder api)
    {
        Map(api, "/followers", ConnectionList.Followers, "ListFollowers", "An athlete's followers (the caller's without userId), newest first");
        Map(api, "/following", ConnectionList.Following, "ListFollowing", "The athletes an athlete follows (the caller's without userId), newest first");
        Map(api, "/friends", ConnectionList.Friends, "ListFriends", "An athlete's friends: mutual follows (the caller's without userId)");
    }

    private static void Map(IEndpointRouteBuilder api, string pattern, ConnectionList list, string name, string summary) =>
        api.MapGet(pattern, (Guid? userId, string? cursor, int? limit, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
                HandleAsync(new ListConnections(principal.GetUserId(), userId, list, cursor, limit ?? ConnectionLimits.DefaultLimit), mediator, cancellationToken))
            .WithName(name)
            .WithSummary(summary + "; another athlete's lists only when their profile is public or the caller follows them (404 otherwise)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<Page<AthleteItem>>> HandleAsync(ListConnections query, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));
}
