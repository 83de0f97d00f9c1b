using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Social.Data;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Groups.Domain;

/// <summary>
/// Who may do what in a group. A group that does not exist, or is hidden by a moderator (for all but its owner), is 404;
/// so is the content of a private group for a non-member. Someone who may see the content but lacks the role gets 403.
/// </summary>
internal sealed class GroupAccess(SocialDbContext db)
{
    public async Task<GroupView> FindAsync(Guid groupId, Guid viewerId, CancellationToken cancellationToken)
    {
        var group = await db.Groups.SingleOrDefaultAsync(g => g.Id == groupId, cancellationToken);
        if (group is null || (group.HiddenAt is not null && group.OwnerId != viewerId))
        {
            throw NotFound(groupId);
        }

        var membership = await db.GroupMembers.SingleOrDefaultAsync(m => m.GroupId == groupId && m.UserId == viewerId, cancellationToken);
        return new GroupView(group, membership);
    }

    public async Task<GroupView> FindContentAsync(Guid groupId, Guid viewerId, CancellationToken cancellationToken)
    {
        var view = await FindAsync(groupId, viewerId, cancellationToken);
        return view.MaySeeContent ? view : throw NotFound(groupId);
    }

    public async Task<GroupView> FindAsMemberAsync(Guid groupId, Guid viewerId, CancellationToken cancellationToken)
    {
        var view = await FindContentAsync(groupId, viewerId, cancellationToken);
        return view.IsMember ? view : throw new ForbiddenException("Only the group's members may do this.");
    }

    public async Task<GroupView> FindAsAdminAsync(Guid groupId, Guid viewerId, CancellationToken cancellationToken)
    {
        var view = await FindContentAsync(groupId, viewerId, cancellationToken);
        return view.IsAdmin ? view : throw new ForbiddenException("Only the group's owner and admins may do this.");
    }

    public async Task<GroupView> FindAsOwnerAsync(Guid groupId, Guid viewerId, CancellationToken cancellationToken)
    {
        var view = await FindContentAsync(groupId, viewerId, cancellationToken);
        return view.IsOwner ? view : throw new ForbiddenException("Only the group's owner may do this.");
    }

    /// <summary>An active member of the group, tracked; 404 otherwise.</summary>
    public async Task<GroupMember> FindMemberAsync(Guid groupId, Guid userId, CancellationToken cancellationToken) =>
        await db.GroupMembers.SingleOrDefaultAsync(m => m.GroupId == groupId && m.UserId == userId && m.State == MembershipState.Active, cancellationToken)
        ?? throw new NotFoundException("Member", userId);

    public static NotFoundException NotFound(Guid groupId) => new("Group", groupId);
}

/// <summary>A group with the viewer's membership (null when they have none), both tracked.</summary>
internal sealed record GroupView(Group Group, GroupMember? Membership)
{
    public bool IsMember => Membership?.IsActive == true;

    public bool IsAdmin => Membership?.IsAdmin == true;

    public bool IsOwner => IsMember && Membership!.Role == GroupRole.Owner;

    public bool MaySeeContent => Group.Privacy == GroupPrivacy.Public || IsMember;
}
