using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Social.Interactions.PostComment;

internal static class PostCommentEndpoint
{
    public sealed record Body(string? Text);

    public static void MapPostComment(this IEndpointRouteBuilder group) =>
        group.MapPost(InteractionRoutes.Comments, Handle)
            .WithName("PostComment")
            .WithSummary("Comment on an activity the caller may see (1 to 1000 characters); @Name mentions notify the athletes named")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Created<CommentResponse>> Handle(
        Guid activityId, Body body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        var comment = await mediator.Send(new PostComment(activityId, principal.GetUserId(), body.Text), cancellationToken);
        return TypedResults.Created(InteractionRoutes.CommentOf(activityId, comment.Id), comment);
    }
}
