namespace FitnessApp.Modules.Social.Groups.Domain;

/// <summary>On the wire as camelCase strings.</summary>
internal enum MembershipState
{
    /// <summary>A member with a role.</summary>
    Active,

    /// <summary>Asked to join a private group; an owner or admin accepts or declines.</summary>
    Requested,

    /// <summary>Invited by an admin; the invitee accepts (joins) or declines.</summary>
    Invited,
}
