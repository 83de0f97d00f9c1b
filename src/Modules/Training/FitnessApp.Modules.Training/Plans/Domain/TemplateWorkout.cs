using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Training.Plans.Domain;

/// <summary>One workout of a template: its week (1-based), day of the week and what to do.</summary>
internal sealed class TemplateWorkout
{
    public const int DescriptionMaxLength = 500;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TemplateId { get; init; }

    public int Week { get; init; }

    public DayOfWeek DayOfWeek { get; init; }

    public Sport Sport { get; init; }

    public int? DurationSeconds { get; init; }

    public double? DistanceMeters { get; init; }

    public Intensity Intensity { get; init; }

    public required string DescriptionEn { get; init; }

    public required string DescriptionRu { get; init; }
}
