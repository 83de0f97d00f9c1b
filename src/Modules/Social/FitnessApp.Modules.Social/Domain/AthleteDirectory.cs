using FitnessApp.Modules.Accounts.Contracts.Profiles;
using FitnessApp.Modules.Shared.Errors;
using MediatR;

namespace FitnessApp.Modules.Social.Domain;

/// <summary>An athlete as lists show them (authors, actors, members, reporters): name and avatar.</summary>
internal sealed record AthleteSummary(Guid Id, string DisplayName, string? AvatarUrl)
{
    /// <summary>An unknown (erased) athlete: no name, no avatar.</summary>
    public static AthleteSummary Unknown(Guid id) => new(id, string.Empty, null);
}

/// <summary>
/// The one way Social reads athletes from Accounts: one call to <see cref="GetAthleteProfiles"/> for many ids. Empty
/// and repeated ids are dropped, and no call is made for none.
/// </summary>
internal sealed class AthleteDirectory(IMediator mediator)
{
    /// <summary>Full profiles of the known athletes among <paramref name="ids"/>; unknown (erased) ones are left out.</summary>
    public async Task<IReadOnlyDictionary<Guid, AthleteProfile>> ProfilesAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Where(id => id != Guid.Empty).Distinct().ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<Guid, AthleteProfile>();
        }

        var profiles = await mediator.Send(new GetAthleteProfiles(wanted), cancellationToken);
        return profiles.ToDictionary(p => p.UserId);
    }

    /// <summary>The athlete's profile, or null when unknown.</summary>
    public async Task<AthleteProfile?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        (await ProfilesAsync([id], cancellationToken)).GetValueOrDefault(id);

    /// <summary>The athlete's profile; 404 when unknown.</summary>
    public async Task<AthleteProfile> ProfileAsync(Guid id, CancellationToken cancellationToken) =>
        await FindAsync(id, cancellationToken) ?? throw new NotFoundException("Athlete", id);

    /// <summary>Name and avatar of every id asked for; an unknown (erased) athlete gets <see cref="AthleteSummary.Unknown"/>.</summary>
    public async Task<IReadOnlyDictionary<Guid, AthleteSummary>> SummariesAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        var profiles = await ProfilesAsync(wanted, cancellationToken);
        return wanted.ToDictionary(id => id, id => profiles.TryGetValue(id, out var p) ? Summary(p) : AthleteSummary.Unknown(id));
    }

    /// <summary>The display name of every id asked for; an unknown athlete has an empty name.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken) =>
        (await SummariesAsync(ids, cancellationToken)).ToDictionary(s => s.Key, s => s.Value.DisplayName);

    public static AthleteSummary Summary(AthleteProfile profile) => new(profile.UserId, profile.DisplayName, profile.AvatarUrl);
}
