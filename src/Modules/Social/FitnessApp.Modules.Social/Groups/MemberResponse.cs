using FitnessApp.Modules.Social.Groups.Domain;

namespace FitnessApp.Modules.Social.Groups;

/// <summary>An athlete's standing in a group: a member with a role, or a pending request or invitation.</summary>
internal sealed record MemberResponse(Guid UserId, string DisplayName, GroupRole Role, MembershipState State, DateTime CreatedAt, DateTime? JoinedAt)
{
    public static MemberResponse From(GroupMember member, IReadOnlyDictionary<Guid, string> names) =>
        new(member.UserId, names.GetValueOrDefault(member.UserId, string.Empty), member.Role, member.State, member.CreatedAt, member.JoinedAt);
}
