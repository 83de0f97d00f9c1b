namespace FitnessApp.Modules.Training.Plans.Enrolments;

internal static class PlanDates
{
    /// <summary>
    /// Today for plans: the UTC date. Athletes far from UTC see a workout turn "missed" a few hours early or late;
    /// the calendar's days themselves come from each activity's own time zone.
    /// </summary>
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
