using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Social.Contracts.Groups;

/// <summary>
/// The role of <paramref name="UserId"/> in <paramref name="GroupId"/> when they are an active member of a group that is not
/// hidden by a moderator (its owner still sees it); null otherwise (no such group, a pending request or invitation, no
/// membership). For other modules acting for that user (Loyalty's group challenges).
/// </summary>
public sealed record GetGroupMembership(Guid GroupId, Guid UserId) : IQuery<GroupMembershipRole?>;

/// <summary>An active member's role; the owner can do everything an admin can.</summary>
public enum GroupMembershipRole
{
    Member,
    Admin,
    Owner,
}
