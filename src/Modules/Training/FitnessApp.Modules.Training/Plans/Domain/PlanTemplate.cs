using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Training.Plans.Domain;

/// <summary>A training plan operators write once and athletes enrol in: weeks of planned workouts.</summary>
internal sealed class PlanTemplate
{
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 2000;
    public const int MaxWeeks = 52;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string NameEn { get; set; }

    public required string NameRu { get; set; }

    public required string DescriptionEn { get; set; }

    public required string DescriptionRu { get; set; }

    public Sport SportFocus { get; set; }

    public PlanLevel Level { get; set; }

    public int Weeks { get; set; }

    public bool IsPublished { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>Deleted templates are kept hidden, so that startup seeding does not bring a deleted seed back.</summary>
    public DateTime? DeletedAt { get; set; }

    public List<TemplateWorkout> Workouts { get; init; } = [];
}
