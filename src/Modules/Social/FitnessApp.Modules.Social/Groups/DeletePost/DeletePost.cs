using System.Security.Claims;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Groups.Domain;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Groups.DeletePost;

/// <summary>Deletes a group post (its author, or the group's owner or an admin), from the group's feed and the members' feeds.</summary>
internal sealed record DeletePost(Guid GroupId, Guid UserId, Guid PostId) : ICommand<Unit>;

internal sealed class DeletePostHandler(SocialDbContext db, GroupAccess access) : IRequestHandler<DeletePost, Unit>
{
    public async Task<Unit> Handle(DeletePost request, CancellationToken cancellationToken)
    {
        var view = await access.FindContentAsync(request.GroupId, request.UserId, cancellationToken);
        var post = await db.FindPostAsync(view.Group.Id, request.PostId, cancellationToken);
        if (post.AuthorId != request.UserId && !view.IsAdmin)
        {
            throw new ForbiddenException("Only the post's author and the group's admins may delete it.");
        }

        await db.FeedEntries.Where(e => e.PostId == post.Id).ExecuteDeleteAsync(cancellationToken);
        db.FeedPosts.Remove(post);
        return Unit.Value;
    }
}

internal static class DeletePostEndpoint
{
    public static void MapDeletePost(this IEndpointRouteBuilder api) =>
        api.MapDelete(GroupRoutes.Group + "/posts/{postId:guid}", Handle)
            .WithName("DeleteGroupPost")
            .WithSummary("Delete a group post (its author, or the group's owner or an admin)")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<NoContent> Handle(Guid id, Guid postId, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeletePost(id, principal.GetUserId(), postId), cancellationToken);
        return TypedResults.NoContent();
    }
}
