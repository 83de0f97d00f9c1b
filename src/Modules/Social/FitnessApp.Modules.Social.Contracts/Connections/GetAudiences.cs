using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Social.Contracts.Connections;

/// <summary>
/// How <paramref name="ViewerId"/> (null for an anonymous visitor) stands toward each of <paramref name="OwnerIds"/>, in one
/// call: what decides whether a followers-only profile, avatar or activity may be shown. Every owner id is in the answer.
/// </summary>
public sealed record GetAudiences(Guid? ViewerId, IReadOnlyCollection<Guid> OwnerIds) : IQuery<IReadOnlyDictionary<Guid, Audience>>;

/// <summary>Who is looking at an athlete's things, from the athlete's point of view.</summary>
public enum Audience
{
    /// <summary>The athlete themself.</summary>
    Owner,

    /// <summary>An accepted follower: sees public and followers-only things.</summary>
    Follower,

    /// <summary>Anyone else, signed in or not: sees public things only.</summary>
    Stranger,

    /// <summary>One of the two blocked the other: sees nothing (404).</summary>
    Blocked,
}
