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
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Groups.RemoveMember;

/// <summary>
/// Removes a member, or withdraws an invitation (owner or admin). Nobody removes the owner; only the owner removes an
/// admin. Removing oneself is leaving (DELETE .../membership).
/// </summary>
internal sealed record RemoveMember(Guid GroupId, Guid UserId, Guid MemberId) : ICommand<Unit>;

internal sealed class RemoveMemberHandler(SocialDbContext db, GroupAccess access, GroupFeedPublisher feed, TimeProvider clock) : IRequestHandler<RemoveMember, Unit>
{
    public async Task<Unit> Handle(RemoveMember request, CancellationToken cancellationToken)
    {
        var view = await access.FindAsAdminAsync(request.GroupId, request.UserId, cancellationToken);
        var member = await db.GroupMembers.SingleOrDefaultAsync(m => m.GroupId == view.Group.Id && m.UserId == request.MemberId, cancellationToken)
            ?? throw new NotFoundException("Member", request.MemberId);
        if (member.UserId == request.UserId)
        {
            throw new ConflictException("To leave the group, use DELETE .../membership.");
        }

        if (member.IsActive && member.Role == GroupRole.Owner)
        {
            throw new ForbiddenException("The group's owner cannot be removed.");
        }

        if (member.IsActive && member.Role == GroupRole.Admin && !view.IsOwner)
        {
            throw new ForbiddenException("Only the group's owner may remove an admin.");
        }

        db.GroupMembers.Remove(member);
        await db.RemoveUpcomingAttendanceAsync(view.Group.Id, member.UserId, clock.GetUtcNow().UtcDateTime, cancellationToken);
        await feed.RemoveMemberAsync(view.Group.Id, member.UserId, cancellationToken);
        return Unit.Value;
    }
}

internal static class RemoveMemberEndpoint
{
    public static void MapRemoveMember(this IEndpointRouteBuilder api) =>
        api.MapDelete(GroupRoutes.Group + "/members/{userId:guid}", Handle)
            .WithName("RemoveGroupMember")
            .WithSummary("Remove a member or withdraw an invitation (owner or admin; only the owner removes admins)")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<NoContent> Handle(Guid id, Guid userId, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new RemoveMember(id, principal.GetUserId(), userId), cancellationToken);
        return TypedResults.NoContent();
    }
}
