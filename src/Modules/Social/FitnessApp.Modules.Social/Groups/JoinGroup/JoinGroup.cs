using System.Security.Claims;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Feed.Publishing;
using FitnessApp.Modules.Social.Groups.Domain;
using FitnessApp.Modules.Social.Notifications;
using FitnessApp.Modules.Social.Pages;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Groups.JoinGroup;

/// <summary>
/// Joins a public group at once, accepts a pending invitation, or asks to join a private group (its owner and admins are
/// notified). Repeating it changes nothing: the answer shows the caller's state.
/// </summary>
internal sealed record JoinGroup(Guid GroupId, Guid UserId) : ICommand<GroupResponse>;

internal sealed class JoinGroupHandler(SocialDbContext db, GroupAccess access, GroupFeedPublisher feed, Notifier notifier, TimeProvider clock) : IRequestHandler<JoinGroup, GroupResponse>
{
    public async Task<GroupResponse> Handle(JoinGroup request, CancellationToken cancellationToken)
    {
        var view = await access.FindAsync(request.GroupId, request.UserId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var membership = view.Membership;
        var joined = 0;
        if (membership is { State: MembershipState.Invited })
        {
            membership.State = MembershipState.Active;
            membership.Role = GroupRole.Member;
            membership.JoinedAt = now;
            joined = 1;
        }
        else if (membership is null)
        {
            var open = view.Group.Privacy == GroupPrivacy.Public;
            membership = new GroupMember
            {
                GroupId = view.Group.Id, UserId = request.UserId, Role = GroupRole.Member, CreatedAt = now,
                State = open ? MembershipState.Active : MembershipState.Requested, JoinedAt = open ? now : null,
            };
            db.GroupMembers.Add(membership);
            joined = open ? 1 : 0;
            if (!open)
            {
                await NotifyAdminsAsync(view.Group, request.UserId, cancellationToken);
            }
        }

        if (joined == 1)
        {
            await feed.AddMemberAsync(view.Group.Id, request.UserId, cancellationToken);
        }

        var count = await db.MemberCountAsync(view.Group.Id, cancellationToken) + joined;
        return GroupResponse.From(view.Group, membership, count);
    }

    private async Task NotifyAdminsAsync(Group group, Guid requesterId, CancellationToken cancellationToken)
    {
        var admins = await db.GroupMembers.AsNoTracking()
            .Where(m => m.GroupId == group.Id && m.State == MembershipState.Active && (m.Role == GroupRole.Owner || m.Role == GroupRole.Admin))
            .Select(m => m.UserId)
            .ToListAsync(cancellationToken);
        foreach (var admin in admins)
        {
            notifier.Notify(admin, NotificationKind.GroupJoinRequest, requesterId, group.Id, SocialPaths.Group(group.Id), group.Name);
        }
    }
}

internal static class JoinGroupEndpoint
{
    public static void MapJoinGroup(this IEndpointRouteBuilder api) =>
        api.MapPost(GroupRoutes.Group + "/membership", Handle)
            .WithName("JoinGroup")
            .WithSummary("Join a public group, accept an invitation, or ask to join a private group")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<GroupResponse>> Handle(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new JoinGroup(id, principal.GetUserId()), cancellationToken));
}
