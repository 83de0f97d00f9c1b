using FitnessApp.Modules.Accounts.Contracts.Profiles;
using FitnessApp.Modules.Shared.Mediation;
using Microsoft.Extensions.Localization;

namespace FitnessApp.Modules.Training.Pages.Shared;

/// <summary>The signed-in athlete's profile for a page: units, time zone, physiology (defaults when Accounts does not know them).</summary>
internal static class PortalAthlete
{
    public static async Task<AthleteProfile> LoadAsync(IPortalMediator mediator, Guid userId, CancellationToken cancellationToken = default)
    {
        var profiles = await mediator.Send(new GetAthleteProfiles([userId]), cancellationToken);
        return profiles.FirstOrDefault(p => p.UserId == userId)
            ?? new AthleteProfile(userId, string.Empty, null, Sex.Unspecified, null, null, null, null, UnitSystem.Metric, "en", "UTC", DefaultVisibility.Private);
    }

    public static Measures MeasuresFor(AthleteProfile profile, IStringLocalizer<TrainingText> text) => new(profile.Units, text);
}
