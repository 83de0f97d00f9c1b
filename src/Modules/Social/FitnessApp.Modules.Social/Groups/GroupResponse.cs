using FitnessApp.Modules.Social.Groups.Domain;
using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Social.Groups;

/// <summary>
/// A group as the caller may know it. For a private group the caller is not a member of, only the name, the privacy and
/// the caller's own standing (a pending request or invitation) are shown; the rest is null.
/// </summary>
internal sealed record GroupResponse(
    Guid Id,
    string Name,
    GroupPrivacy Privacy,
    string? Description,
    Sport? Sport,
    string? City,
    Guid? OwnerId,
    int? MemberCount,
    GroupRole? MyRole,
    MembershipState? MyState,
    DateTime CreatedAt,
    bool Hidden)
{
    public static GroupResponse From(Group group, GroupMember? mine, int memberCount)
    {
        var full = group.Privacy == GroupPrivacy.Public || mine?.IsActive == true;
        return new GroupResponse(
            group.Id,
            group.Name,
            group.Privacy,
            full ? group.Description : null,
            full ? group.Sport : null,
            full ? group.City : null,
            full ? group.OwnerId : null,
            full ? memberCount : null,
            mine?.IsActive == true ? mine.Role : null,
            mine?.State,
            group.CreatedAt,
            group.HiddenAt is not null);
    }
}
