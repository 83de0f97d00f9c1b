using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Training.Plans.Domain;

/// <summary>An activity as completion sees it: its sport and the date it started on in its own time zone.</summary>
internal sealed record DatedActivity(Guid Id, Sport Sport, DateOnly LocalDate, DateTime StartTime);

/// <summary>
/// Pairs planned workouts with the activities that complete them: same day, same sport family, each activity
/// completing at most one workout. Workouts keep an activity that still fits them, so that recording a second
/// run does not move the first run's completion; the rest are filled in date, then plan order, by the earliest
/// activities left.
/// </summary>
internal static class CompletionMatcher
{
    public static Dictionary<Guid, Guid?> Match(IReadOnlyList<PlannedWorkout> workouts, IReadOnlyList<DatedActivity> activities)
    {
        var result = new Dictionary<Guid, Guid?>();
        var byId = activities.ToDictionary(a => a.Id);
        var used = new HashSet<Guid>();
        var open = new List<PlannedWorkout>();
        foreach (var workout in workouts.Where(w => !w.IsRest))
        {
            if (workout.CompletedByActivityId is { } current && byId.TryGetValue(current, out var activity)
                && Fits(activity, workout) && used.Add(current))
            {
                result[workout.Id] = current;
            }
            else
            {
                open.Add(workout);
            }
        }

        foreach (var workout in open.OrderBy(w => w.Date).ThenBy(w => w.Id))
        {
            var match = activities.Where(a => !used.Contains(a.Id) && Fits(a, workout))
                .OrderBy(a => a.StartTime).ThenBy(a => a.Id).FirstOrDefault();
            if (match is not null)
            {
                used.Add(match.Id);
            }

            result[workout.Id] = match?.Id;
        }

        return result;
    }

    public static DateOnly LocalDateOf(DateTime startUtc, string timeZone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(startUtc, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById(timeZone)));

    private static bool Fits(DatedActivity activity, PlannedWorkout workout) =>
        activity.LocalDate == workout.Date && SportFamilies.Completes(activity.Sport, workout.Sport);
}
