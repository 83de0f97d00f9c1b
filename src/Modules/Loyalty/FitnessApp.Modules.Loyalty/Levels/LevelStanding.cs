using System.Globalization;
using FitnessApp.Modules.Loyalty.Domain;

namespace FitnessApp.Modules.Loyalty.Levels;

/// <summary>
/// Where an athlete stands: the higher of the level they reached (never lowered, even when operators raise thresholds)
/// and the level their lifetime points reach in today's table; the next level and the progress toward it.
/// </summary>
internal sealed record LevelStanding(LevelDefinition Current, LevelDefinition? Next, int LifetimePoints, double Progress)
{
    public static LevelStanding Of(LevelTable table, int reachedLevel, int lifetimePoints)
    {
        var byPoints = table.LevelFor(lifetimePoints)?.Number ?? 1;
        var number = Math.Max(reachedLevel, byPoints);
        var current = table.Levels.LastOrDefault(l => l.Number <= number)
            ?? table.Levels.FirstOrDefault()
            ?? new LevelDefinition { Number = 1, MinimumPoints = 0, NameEn = "Level 1", NameRu = "Уровень 1" };
        var next = table.After(current.Number);
        var progress = next is null
            ? 1d
            : Math.Clamp((lifetimePoints - current.MinimumPoints) / (double)Math.Max(1, next.MinimumPoints - current.MinimumPoints), 0d, 1d);
        return new LevelStanding(current, next, lifetimePoints, progress);
    }

    /// <summary>The level's name in the current UI culture (Russian or English).</summary>
    public static string NameOf(LevelDefinition level) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ru" ? level.NameRu : level.NameEn;
}
