using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Training.Domain;
using FitnessApp.Modules.Training.Plans.Domain;

namespace FitnessApp.Modules.Training.Plans.Templates;

/// <summary>A template; <see cref="Workouts"/> is null in lists and filled for one template. Enums are camelCase names.</summary>
internal sealed record PlanTemplateResponse(
    Guid Id,
    string NameEn,
    string NameRu,
    string DescriptionEn,
    string DescriptionRu,
    string SportFocus,
    string Level,
    int Weeks,
    bool Published,
    int WorkoutCount,
    IReadOnlyList<TemplateWorkoutResponse>? Workouts)
{
    public static PlanTemplateResponse From(PlanTemplate t, bool withWorkouts) => new(
        t.Id, t.NameEn, t.NameRu, t.DescriptionEn, t.DescriptionRu, WireNames.Of(t.SportFocus), WireNames.Of(t.Level), t.Weeks, t.IsPublished,
        t.Workouts.Count,
        withWorkouts ? t.Workouts.OrderBy(w => w.Week).ThenBy(w => ((int)w.DayOfWeek + 6) % 7).Select(TemplateWorkoutResponse.From).ToList() : null);
}

internal sealed record TemplateWorkoutResponse(
    Guid Id,
    int Week,
    string DayOfWeek,
    string Sport,
    int? DurationSeconds,
    double? DistanceMeters,
    string Intensity,
    string DescriptionEn,
    string DescriptionRu)
{
    public static TemplateWorkoutResponse From(TemplateWorkout w) => new(
        w.Id, w.Week, WireNames.Of(w.DayOfWeek), WireNames.Of(w.Sport), w.DurationSeconds, w.DistanceMeters, WireNames.Of(w.Intensity),
        w.DescriptionEn, w.DescriptionRu);
}
