namespace FitnessApp.Modules.Training.Plans.Domain;

/// <summary>
/// An athlete following a plan from <see cref="StartDate"/>. The plan's name and workouts are copied at enrolment,
/// so that operators may edit or delete the template without changing a plan in progress.
/// </summary>
internal sealed class PlanEnrolment
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid AthleteId { get; init; }

    public Guid TemplateId { get; init; }

    public required string NameEn { get; init; }

    public required string NameRu { get; init; }

    public DateOnly StartDate { get; init; }

    /// <summary>The last day of the plan: the start plus the template's weeks, less a day.</summary>
    public DateOnly EndDate { get; init; }

    public DateTime EnrolledAt { get; init; }

    public DateTime? LeftAt { get; set; }

    public List<PlannedWorkout> Workouts { get; init; } = [];

    /// <summary>Active: not left and not over; an athlete has at most one.</summary>
    public bool IsActiveOn(DateOnly today) => LeftAt is null && EndDate >= today;
}
