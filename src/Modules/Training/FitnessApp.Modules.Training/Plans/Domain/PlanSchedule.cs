namespace FitnessApp.Modules.Training.Plans.Domain;

/// <summary>
/// Where a template's workouts land. Plan week <c>n</c> is the seven days from <c>start + 7(n-1)</c>; a workout
/// falls on the first day of its week with its day of the week. A plan started on a Monday keeps calendar weeks;
/// one started on a Thursday has Thursday-to-Wednesday weeks, so no workout of week 1 falls before the start.
/// </summary>
internal static class PlanSchedule
{
    public static DateOnly DateOf(DateOnly start, int week, DayOfWeek day) =>
        start.AddDays((7 * (week - 1)) + ((int)day - (int)start.DayOfWeek + 7) % 7);

    public static DateOnly EndOf(DateOnly start, int weeks) => start.AddDays((7 * weeks) - 1);

    /// <summary>The plan week (1-based) of <paramref name="date"/>; dates before the start are week 0 or less.</summary>
    public static int WeekOf(DateOnly start, DateOnly date) => (int)Math.Floor((date.DayNumber - start.DayNumber) / 7.0) + 1;

    public static DateOnly WeekStart(DateOnly start, int week) => start.AddDays(7 * (week - 1));

    /// <summary>The template's workouts as the athlete's planned workouts, ordered by date.</summary>
    public static PlanEnrolment Enrol(PlanTemplate template, Guid athleteId, DateOnly start, DateTime now)
    {
        var enrolment = new PlanEnrolment
        {
            AthleteId = athleteId,
            TemplateId = template.Id,
            NameEn = template.NameEn,
            NameRu = template.NameRu,
            StartDate = start,
            EndDate = EndOf(start, template.Weeks),
            EnrolledAt = now,
        };
        enrolment.Workouts.AddRange(template.Workouts
            .Select(w => new PlannedWorkout
            {
                EnrolmentId = enrolment.Id,
                AthleteId = athleteId,
                Date = DateOf(start, w.Week, w.DayOfWeek),
                Week = w.Week,
                Sport = w.Sport,
                DurationSeconds = w.DurationSeconds,
                DistanceMeters = w.DistanceMeters,
                Intensity = w.Intensity,
                DescriptionEn = w.DescriptionEn,
                DescriptionRu = w.DescriptionRu,
            })
            .OrderBy(w => w.Date));
        return enrolment;
    }

    /// <summary>Monday on or before <paramref name="date"/> (calendar weeks start on Monday).</summary>
}
