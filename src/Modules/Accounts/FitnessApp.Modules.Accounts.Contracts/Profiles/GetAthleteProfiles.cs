using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Accounts.Contracts.Profiles;

/// <summary>
/// What other modules may know about athletes, in one call for many ids. Unknown ids are left out of the
/// answer (the caller decides what a missing athlete means); the order of the answer is not significant.
/// </summary>
public sealed record GetAthleteProfiles(IReadOnlyCollection<Guid> UserIds) : IQuery<IReadOnlyList<AthleteProfile>>;

/// <summary>
/// An athlete's profile and settings as other modules see them. Every physiological field is optional:
/// a statistic that needs one it does not have is left out rather than guessed.
/// </summary>
/// <param name="BirthDate">For the age (HRmax fallback 220 − age).</param>
/// <param name="MaxHeartRate">HRmax in bpm, when the athlete entered it.</param>
/// <param name="RestingHeartRate">HRrest in bpm, for heart-rate-reserve zones and TRIMP.</param>
/// <param name="TimeZone">IANA time-zone id; "UTC" until the athlete chooses one.</param>
/// <param name="Language">"en" or "ru".</param>
/// <param name="AvatarUrl">
/// The 256-pixel avatar (<c>size=64</c> in the query gives the small one), null without one. The address changes
/// with every upload; fetching it applies the owner's profile visibility.
/// </param>
/// <param name="ProfileVisibility">Who may see the profile beyond the name and avatar: everyone, or accepted followers.</param>
/// <param name="Country">ISO 3166-1 alpha-2, upper case.</param>
/// <param name="PreferredSports">The sports' wire names as stored (<c>running</c>, <c>trailRunning</c>).</param>
public sealed record AthleteProfile(
    Guid UserId,
    string DisplayName,
    DateOnly? BirthDate,
    Sex Sex,
    double? HeightCm,
    double? WeightKg,
    int? MaxHeartRate,
    int? RestingHeartRate,
    UnitSystem Units,
    string Language,
    string TimeZone,
    DefaultVisibility DefaultActivityVisibility,
    string? AvatarUrl = null,
    AthleteProfileVisibility ProfileVisibility = AthleteProfileVisibility.Public,
    string? City = null,
    string? Country = null,
    string? Bio = null,
    IReadOnlyList<string>? PreferredSports = null)
{
    /// <summary>Whole years on <paramref name="date"/>, or null without a birth date.</summary>
    public int? AgeOn(DateOnly date)
    {
        if (BirthDate is not { } birth)
        {
            return null;
        }

        var age = date.Year - birth.Year;
        return birth.AddYears(age) > date ? age - 1 : age;
    }
}

public enum Sex
{
    Unspecified = 0,
    Male = 1,
    Female = 2,
}

public enum UnitSystem
{
    Metric = 0,
    Imperial = 1,
}

/// <summary>The visibility a new activity gets when its recorder does not say (Training's public / followers / private).</summary>
public enum DefaultVisibility
{
    Private = 0,
    Followers = 1,
    Public = 2,
}
