using System.Security.Claims;
using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Social.Interactions.ListComments;

internal static class ListCommentsEndpoint
{
    public static void MapListComments(this IEndpointRouteBuilder group) =>
        group.MapGet(InteractionRoutes.Comments, Handle)
            .WithName("ListActivityComments")
            .WithSummary("The comments of an activity the caller may see, oldest first; pass nextCursor back as cursor")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<Page<CommentResponse>>> Handle(
        Guid activityId, string? cursor, int? limit, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListComments(activityId, principal.GetUserId(), cursor, limit ?? CommentReader.DefaultLimit), cancellationToken));
}
