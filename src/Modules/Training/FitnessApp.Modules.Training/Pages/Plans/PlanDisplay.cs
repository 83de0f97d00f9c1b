using System.Globalization;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Domain;
using FitnessApp.Modules.Training.Pages.Shared;
using FitnessApp.Modules.Training.Plans.Enrolments;

namespace FitnessApp.Modules.Training.Pages.Plans;

/// <summary>How plans read in the portal: the text of the current language, a workout's target in the athlete's units.</summary>
internal static class PlanDisplay
{
    public static bool IsRussian => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ru";

    public static string Pick(string en, string ru) => IsRussian && !string.IsNullOrWhiteSpace(ru) ? ru : en;

    public static Sport SportOf(string wireName) => WireNames.TryParse<Sport>(wireName, out var sport) ? sport : Sport.Other;

    /// <summary>"30:00" and/or "5.00 km"; empty for rest days.</summary>
    public static string Target(int? durationSeconds, double? distanceMeters, Measures measures)
    {
        var parts = new List<string>();
        if (distanceMeters is { } meters)
        {
            parts.Add(measures.Distance(meters));
        }

        if (durationSeconds is { } seconds)
        {
            parts.Add(Measures.Duration(seconds));
        }

        return string.Join(" · ", parts);
    }

    public static string Target(PlannedWorkoutResponse workout, Measures measures) => Target(workout.DurationSeconds, workout.DistanceMeters, measures);

    public static string Date(DateOnly date) => date.ToString("ddd d MMM", CultureInfo.CurrentCulture);

    /// <summary>"Intensity_Easy" for "easy": the resource key of a wire name.</summary>
    public static string Key(string prefix, string wireName) =>
        wireName.Length == 0 ? prefix : $"{prefix}_{char.ToUpperInvariant(wireName[0])}{wireName[1..]}";
}
