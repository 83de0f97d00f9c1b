using FitnessApp.Modules.Accounts.Contracts.Profiles;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Statistics;
using MediatR;

namespace FitnessApp.Modules.Training.Progress;

/// <summary>The athlete's profile from Accounts, and what Training's statistics take from it.</summary>
internal static class AthleteProfiles
{
    /// <summary>The profile, or null when Accounts does not know the athlete (then every physiological field is unknown).</summary>
    public static async Task<Accounts.Contracts.Profiles.AthleteProfile?> LoadAsync(IMediator mediator, Guid athleteId, CancellationToken cancellationToken)
    {
        var profiles = await mediator.Send(new GetAthleteProfiles([athleteId]), cancellationToken);
        return profiles.FirstOrDefault(p => p.UserId == athleteId);
    }

    /// <summary>The statistics' view of the athlete on <paramref name="date"/> (the age counts on the activity's own date).</summary>
    public static Statistics.AthleteProfile ForStatistics(Accounts.Contracts.Profiles.AthleteProfile? profile, DateOnly date) =>
        profile is null
            ? new Statistics.AthleteProfile()
            : new Statistics.AthleteProfile(
                profile.MaxHeartRate,
                profile.RestingHeartRate,
                profile.AgeOn(date),
                profile.Sex switch { Sex.Male => TrimpSex.Male, Sex.Female => TrimpSex.Female, _ => TrimpSex.Unknown },
                profile.WeightKg);

    public static Visibility DefaultVisibility(Accounts.Contracts.Profiles.AthleteProfile? profile) => profile?.DefaultActivityVisibility switch
    {
        Accounts.Contracts.Profiles.DefaultVisibility.Public => Visibility.Public,
        Accounts.Contracts.Profiles.DefaultVisibility.Followers => Visibility.Followers,
        _ => Visibility.Private,
    };

    /// <summary>Today's date where the athlete lives (UTC when the profile's zone is unknown).</summary>
    public static DateOnly Today(Accounts.Contracts.Profiles.AthleteProfile? profile, TimeProvider clock)
    {
        var zone = TimeZoneInfo.Utc;
        if (profile is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(profile.TimeZone, out zone))
        {
            zone = TimeZoneInfo.Utc;
        }

        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, zone!));
    }
}
