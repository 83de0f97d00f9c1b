using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Social.Interactions.DeleteComment;

internal static class DeleteCommentEndpoint
{
    public static void MapDeleteComment(this IEndpointRouteBuilder group) =>
        group.MapDelete(InteractionRoutes.Comment, Handle)
            .WithName("DeleteComment")
            .WithSummary("Delete a comment: the caller's own, or any comment on the caller's activity; 403 for others' comments the caller can see")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<NoContent> Handle(Guid activityId, Guid commentId, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteComment(activityId, commentId, principal.GetUserId()), cancellationToken);
        return TypedResults.NoContent();
    }
}
