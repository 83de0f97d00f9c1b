using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Social.Interactions.GetActivitySocial;

internal static class GetActivitySocialEndpoint
{
    public static void MapGetActivitySocial(this IEndpointRouteBuilder group) =>
        group.MapGet(InteractionRoutes.Activity, Handle)
            .WithName("GetActivitySocial")
            .WithSummary("An activity the caller may see, with its kudos and its first comments (oldest first); nextCursor pages on through GET …/comments")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<ActivitySocialResponse>> Handle(Guid activityId, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetActivitySocial(activityId, principal.GetUserId()), cancellationToken));
}
