namespace FitnessApp.Modules.Social.Groups.Domain;

/// <summary>One athlete's standing in one group: a member with a role, a pending join request or a pending invitation.</summary>
internal sealed class GroupMember
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid GroupId { get; init; }

    public Guid UserId { get; init; }

    public GroupRole Role { get; set; }

    public MembershipState State { get; set; }

    /// <summary>Who invited them, for an invitation.</summary>
    public Guid? InvitedById { get; set; }

    public DateTime CreatedAt { get; init; }

    /// <summary>When they became a member; ranks ties on the leaderboard and picks the next owner.</summary>
    public DateTime? JoinedAt { get; set; }

    public bool IsActive => State == MembershipState.Active;

    public bool IsAdmin => IsActive && Role is GroupRole.Admin or GroupRole.Owner;
}
