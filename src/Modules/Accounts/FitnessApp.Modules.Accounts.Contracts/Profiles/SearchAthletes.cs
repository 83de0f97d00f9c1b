using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Accounts.Contracts.Profiles;

/// <summary>
/// Confirmed, active athletes whose name contains <paramref name="Query"/> and whose city contains <paramref name="City"/>
/// (both case-insensitive, both optional), ordered by name then id, at most <paramref name="Limit"/>, none of
/// <paramref name="ExcludeIds"/>. <paramref name="AfterName"/> and <paramref name="AfterId"/> (the last match of the
/// previous page) continue a search.
/// </summary>
public sealed record SearchAthletes(
    string? Query,
    string? City,
    int Limit,
    IReadOnlyCollection<Guid>? ExcludeIds,
    string? AfterName = null,
    Guid? AfterId = null) : IQuery<IReadOnlyList<AthleteMatch>>;

/// <param name="PreferredSports">The sports' wire names as stored.</param>
public sealed record AthleteMatch(
    Guid UserId,
    string DisplayName,
    string? City,
    string? Country,
    string? AvatarUrl,
    IReadOnlyList<string> PreferredSports);
