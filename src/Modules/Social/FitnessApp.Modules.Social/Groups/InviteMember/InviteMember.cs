using System.Security.Claims;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Feed.Publishing;
using FitnessApp.Modules.Social.Domain;
using FitnessApp.Modules.Social.Groups.Domain;
using FitnessApp.Modules.Social.Notifications;
using FitnessApp.Modules.Social.Pages;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Groups.InviteMember;

/// <summary>
/// Invites an athlete (owner or admin); the invitee is notified and joins or declines through their membership. An
/// athlete who asked to join is accepted instead; an unknown athlete, or one blocked either way, is 404; a member is 409.
/// </summary>
internal sealed record InviteMember(Guid GroupId, Guid UserId, Guid? InviteeId) : ICommand<MemberResponse>;

internal sealed class InviteMemberValidator : AbstractValidator<InviteMember>
{
    public InviteMemberValidator() => RuleFor(c => c.InviteeId).NotEmpty().OverridePropertyName("userId");
}

internal sealed class InviteMemberHandler(SocialDbContext db, GroupAccess access, GroupFeedPublisher feed, SocialGraph graph, Notifier notifier, AthleteDirectory athletes, TimeProvider clock)
    : IRequestHandler<InviteMember, MemberResponse>
{
    public async Task<MemberResponse> Handle(InviteMember request, CancellationToken cancellationToken)
    {
        var view = await access.FindAsAdminAsync(request.GroupId, request.UserId, cancellationToken);
        var inviteeId = request.InviteeId!.Value;
        var invitee = await athletes.FindAsync(inviteeId, cancellationToken);
        if (invitee is null || await graph.IsBlockedEitherWayAsync(request.UserId, inviteeId, cancellationToken))
        {
            throw new NotFoundException("Athlete", inviteeId);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var names = new Dictionary<Guid, string> { [inviteeId] = invitee.DisplayName };
        var existing = await db.GroupMembers.SingleOrDefaultAsync(m => m.GroupId == view.Group.Id && m.UserId == inviteeId, cancellationToken);
        switch (existing?.State)
        {
            case MembershipState.Active:
                throw new ConflictException("The athlete is already a member of the group.");
            case MembershipState.Requested:
                existing.State = MembershipState.Active;
                existing.JoinedAt = now;
                await feed.AddMemberAsync(view.Group.Id, inviteeId, cancellationToken);
                return MemberResponse.From(existing, names);
            case MembershipState.Invited:
                return MemberResponse.From(existing, names);
        }

        var invitation = new GroupMember
        {
            GroupId = view.Group.Id, UserId = inviteeId, Role = GroupRole.Member, State = MembershipState.Invited, InvitedById = request.UserId, CreatedAt = now,
        };
        db.GroupMembers.Add(invitation);
        notifier.Notify(inviteeId, NotificationKind.GroupInvitation, request.UserId, view.Group.Id, SocialPaths.Group(view.Group.Id), view.Group.Name);
        return MemberResponse.From(invitation, names);
    }
}

internal static class InviteMemberEndpoint
{
    public sealed record Body(Guid? UserId);

    public static void MapInviteMember(this IEndpointRouteBuilder api) =>
        api.MapPost(GroupRoutes.Group + "/invitations", Handle)
            .WithName("InviteGroupMember")
            .WithSummary("Invite an athlete to the group (owner or admin); they are notified")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Ok<MemberResponse>> Handle(Guid id, Body body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new InviteMember(id, principal.GetUserId(), body.UserId), cancellationToken));
}
