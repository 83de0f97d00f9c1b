using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Social.Interactions.EditComment;

internal static class EditCommentEndpoint
{
    public sealed record Body(string? Text);

    public static void MapEditComment(this IEndpointRouteBuilder group) =>
        group.MapPut(InteractionRoutes.Comment, Handle)
            .WithName("EditComment")
            .WithSummary("Change the text of the caller's own comment; 403 for another athlete's comment the caller can see")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<CommentResponse>> Handle(
        Guid activityId, Guid commentId, Body body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new EditComment(activityId, commentId, principal.GetUserId(), body.Text), cancellationToken));
}
