namespace FitnessApp.Modules.Training.Plans.Templates;

/// <summary>The fields of a template as operators send them (create and replace); enums are camelCase names.</summary>
internal interface IPlanTemplateFields
{
    string? NameEn { get; }

    string? NameRu { get; }

    string? DescriptionEn { get; }

    string? DescriptionRu { get; }

    string? SportFocus { get; }

    string? Level { get; }

    int? Weeks { get; }

    bool? Published { get; }

    IReadOnlyList<TemplateWorkoutInput>? Workouts { get; }
}

internal sealed record TemplateWorkoutInput(
    int? Week,
    string? DayOfWeek,
    string? Sport,
    int? DurationSeconds,
    double? DistanceMeters,
    string? Intensity,
    string? DescriptionEn,
    string? DescriptionRu);

/// <summary>The request body of POST and PUT.</summary>
internal sealed record PlanTemplateBody(
    string? NameEn,
    string? NameRu,
    string? DescriptionEn,
    string? DescriptionRu,
    string? SportFocus,
    string? Level,
    int? Weeks,
    bool? Published,
    IReadOnlyList<TemplateWorkoutInput>? Workouts);
