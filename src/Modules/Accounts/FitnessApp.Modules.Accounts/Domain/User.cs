using FitnessApp.Modules.Accounts.Contracts.Profiles;
using FitnessApp.Modules.Training.Contracts.Activities;
using Microsoft.AspNetCore.Identity;

namespace FitnessApp.Modules.Accounts.Domain;

/// <summary>An account with the athlete's profile and settings (stored in SI units: cm, kg, bpm).</summary>
internal sealed class User : IdentityUser<Guid>
{
    public const int DisplayNameMaxLength = 100;

    public required string DisplayName { get; set; }

    public DateTime CreatedAt { get; init; }

    /// <summary>Created by demo seeding: such accounts do not count as real users.</summary>
    public bool IsDemo { get; init; }

    public string? Bio { get; set; }

    public string? City { get; set; }

    /// <summary>ISO 3166-1 alpha-2, upper case.</summary>
    public string? Country { get; set; }

    public DateOnly? BirthDate { get; set; }

    public Sex Sex { get; set; }

    public double? HeightCm { get; set; }

    public double? WeightKg { get; set; }

    public int? MaxHeartRate { get; set; }

    public int? RestingHeartRate { get; set; }

    public List<Sport> PreferredSports { get; set; } = [];

    public UnitSystem Units { get; set; }

    public string Language { get; set; } = ProfileRules.DefaultLanguage;

    /// <summary>IANA id.</summary>
    public string TimeZone { get; set; } = ProfileRules.DefaultTimeZone;

    public DefaultVisibility DefaultActivityVisibility { get; set; } = DefaultVisibility.Private;

    public ProfileVisibility ProfileVisibility { get; set; } = ProfileVisibility.Public;

    /// <summary>Changes with every new avatar (its ETag and the version in its URL); null without one.</summary>
    public Guid? AvatarVersion { get; set; }

    /// <summary>The email notification kinds switched off, one bit per kind (0: all on, also for kinds added later).</summary>
    public int MutedEmailNotifications { get; set; }

    /// <summary>The version of the terms and privacy policy the user last accepted; null when none was.</summary>
    public string? AcceptedTermsVersion { get; set; }

    public DateTime? TermsAcceptedAt { get; set; }

    /// <summary>The explicit consent to store heart rate, weight and sleep; off until the user gives it.</summary>
    public bool HealthDataConsent { get; set; }

    public DateTime? HealthDataConsentChangedAt { get; set; }
}
