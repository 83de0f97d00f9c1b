namespace FitnessApp.Modules.Accounts.Domain;

/// <summary>The bounds of a believable athlete and the settings' allowed values (shared by the validators and the portal).</summary>
internal static class ProfileRules
{
    public const int BioMaxLength = 500;
    public const int CityMaxLength = 100;
    public const int TimeZoneMaxLength = 100;
    public const int LanguageMaxLength = 8;

    /// <summary>Enough for every sport's camelCase name, comma-separated.</summary>
    public const int PreferredSportsMaxLength = 400;

    public const int MinAge = 5;
    public const int MaxAge = 120;
    public const double MinHeightCm = 50;
    public const double MaxHeightCm = 272;
    public const double MinWeightKg = 20;
    public const double MaxWeightKg = 400;
    public const int MinMaxHeartRate = 100;
    public const int MaxMaxHeartRate = 240;
    public const int MinRestingHeartRate = 25;
    public const int MaxRestingHeartRate = 120;

    public const string DefaultLanguage = "en";
    public const string DefaultTimeZone = "UTC";

    public static readonly IReadOnlyList<string> Languages = ["en", "ru"];

    public static bool IsLanguage(string? language) => language is not null && Languages.Contains(language, StringComparer.Ordinal);

    /// <summary>An IANA id this machine knows (Windows ids such as "Pacific Standard Time" are refused).</summary>
    public static bool IsTimeZone(string? id) =>
        !string.IsNullOrWhiteSpace(id) && id.Length <= TimeZoneMaxLength
        && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && (zone.HasIanaId || id == DefaultTimeZone);

    /// <summary>Whole years on <paramref name="today"/>.</summary>
    public static int AgeOn(DateOnly birthDate, DateOnly today)
    {
        var age = today.Year - birthDate.Year;
        return birthDate.AddYears(age) > today ? age - 1 : age;
    }
}
