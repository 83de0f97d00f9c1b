using System.Security.Claims;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Groups.Domain;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Social.Groups.DeleteGroup;

/// <summary>Deletes a group with its members, posts and events (owner only).</summary>
internal sealed record DeleteGroup(Guid GroupId, Guid UserId) : ICommand<Unit>;

internal sealed class DeleteGroupHandler(SocialDbContext db, GroupAccess access) : IRequestHandler<DeleteGroup, Unit>
{
    public async Task<Unit> Handle(DeleteGroup request, CancellationToken cancellationToken)
    {
        var view = await access.FindAsOwnerAsync(request.GroupId, request.UserId, cancellationToken);
        await db.DeleteGroupAsync(view.Group.Id, cancellationToken);
        db.ChangeTracker.Clear();
        return Unit.Value;
    }
}

internal static class DeleteGroupEndpoint
{
    public static void MapDeleteGroup(this IEndpointRouteBuilder api) =>
        api.MapDelete(GroupRoutes.Group, Handle)
            .WithName("DeleteGroup")
            .WithSummary("Delete a group with everything in it (owner only)")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<NoContent> Handle(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteGroup(id, principal.GetUserId()), cancellationToken);
        return TypedResults.NoContent();
    }
}
