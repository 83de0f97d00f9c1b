using System.Globalization;

namespace FitnessApp.Modules.Loyalty.Pages.Achievements;

/// <summary>Picks the Russian or English text of a definition for the current UI culture.</summary>
internal static class AchievementTexts
{
    public static bool Russian => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ru";

    public static string? Pick(string? en, string? ru) => Russian ? ru ?? en : en;

    public static int Percent(long? progress, long? target) =>
        progress is { } p && target is > 0 ? (int)Math.Clamp(p * 100 / target.Value, 0, 100) : 0;
}
