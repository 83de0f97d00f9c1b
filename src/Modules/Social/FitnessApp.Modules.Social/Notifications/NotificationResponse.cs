using FitnessApp.Modules.Accounts.Contracts.Profiles;
using FitnessApp.Modules.Shared.Web;

namespace FitnessApp.Modules.Social.Notifications;

/// <summary>One notification as the recipient sees it; <see cref="Kind"/> is the camelCase wire name.</summary>
/// <param name="Actor">Who did it, null for system notices (and for an actor whose account is gone).</param>
internal sealed record NotificationResponse(
    Guid Id,
    string Kind,
    NotificationActor? Actor,
    string? Excerpt,
    string Link,
    DateTime CreatedAt,
    DateTime? ReadAt)
{
    public static NotificationResponse From(Notification n, IReadOnlyDictionary<Guid, AthleteProfile> actors) => new(
        n.Id,
        WireNames.Of(n.Kind),
        n.ActorId is { } id && actors.TryGetValue(id, out var actor) ? new NotificationActor(id, actor.DisplayName, actor.AvatarUrl) : null,
        n.Excerpt,
        n.Link,
        n.CreatedAt,
        n.ReadAt);
}

internal sealed record NotificationActor(Guid Id, string Name, string? AvatarUrl);
