using System.Security.Claims;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Feed.Publishing;
using FitnessApp.Modules.Social.Groups.Domain;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Social.Groups.LeaveGroup;

/// <summary>Leaves a group, withdraws a join request or declines an invitation; the owner must hand over ownership first.</summary>
internal sealed record LeaveGroup(Guid GroupId, Guid UserId) : ICommand<Unit>;

internal sealed class LeaveGroupHandler(SocialDbContext db, GroupAccess access, GroupFeedPublisher feed, TimeProvider clock) : IRequestHandler<LeaveGroup, Unit>
{
    public const string OwnerMustHandOver =
        "The owner cannot leave the group: transfer the ownership to another member first (POST .../owner), or delete the group.";

    public async Task<Unit> Handle(LeaveGroup request, CancellationToken cancellationToken)
    {
        var view = await access.FindAsync(request.GroupId, request.UserId, cancellationToken);
        if (view.Membership is not { } membership)
        {
            return Unit.Value;
        }

        if (view.IsOwner)
        {
            throw new ConflictException(OwnerMustHandOver);
        }

        db.GroupMembers.Remove(membership);
        await db.RemoveUpcomingAttendanceAsync(view.Group.Id, request.UserId, clock.GetUtcNow().UtcDateTime, cancellationToken);
        await feed.RemoveMemberAsync(view.Group.Id, request.UserId, cancellationToken);
        return Unit.Value;
    }
}

internal static class LeaveGroupEndpoint
{
    public static void MapLeaveGroup(this IEndpointRouteBuilder api) =>
        api.MapDelete(GroupRoutes.Group + "/membership", Handle)
            .WithName("LeaveGroup")
            .WithSummary("Leave a group, withdraw a join request or decline an invitation (409 for the owner)")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<NoContent> Handle(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new LeaveGroup(id, principal.GetUserId()), cancellationToken);
        return TypedResults.NoContent();
    }
}
