using System.Security.Claims;
using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Social.Feed.GetFeed;

internal static class GetFeedEndpoint
{
    public static void MapGetFeed(this IEndpointRouteBuilder group) =>
        group.MapGet("/feed", Handle)
            .WithName("GetFeed")
            .WithSummary("The caller's feed: their own and followed athletes' activities and posts they may see, newest first; pass nextCursor back as cursor")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<Ok<Page<FeedItem>>> Handle(
        ClaimsPrincipal principal, IMediator mediator, string? cursor, int? limit, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetFeed(principal.GetUserId(), cursor, limit ?? GetFeed.DefaultLimit), cancellationToken));
}
