using FitnessApp.Modules.Training.Data;
using FitnessApp.Modules.Training.Plans.Domain;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Training.Plans.Completion;

/// <summary>Brings the completion of one athlete's planned workouts on some days in line with the activities recorded on them.</summary>
internal static class PlanCompletion
{
    /// <summary>Time zones run from UTC−12 to UTC+14: an activity started on a local day starts within this margin of that UTC day.</summary>
    private static readonly TimeSpan ZoneMargin = TimeSpan.FromHours(14);

    public static async Task ReconcileAsync(this TrainingDbContext db, Guid athleteId, IReadOnlyCollection<DateOnly> dates, CancellationToken cancellationToken)
    {
        if (dates.Count == 0)
        {
            return;
        }

        var days = dates.Distinct().ToList();
        var workouts = await db.PlannedWorkouts
            .Where(w => w.AthleteId == athleteId && days.Contains(w.Date))
            .ToListAsync(cancellationToken);
        if (workouts.Count == 0)
        {
            return;
        }

        var from = days.Min().ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - ZoneMargin;
        var to = days.Max().AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) + ZoneMargin;
        var rows = await db.Activities.AsNoTracking()
            .Where(a => a.OwnerId == athleteId && a.StartTime >= from && a.StartTime < to)
            .Select(a => new { a.Id, a.Sport, a.StartTime, a.TimeZone })
            .ToListAsync(cancellationToken);
        var activities = rows
            .Select(a => new DatedActivity(a.Id, a.Sport, CompletionMatcher.LocalDateOf(a.StartTime, a.TimeZone), a.StartTime))
            .Where(a => days.Contains(a.LocalDate))
            .ToList();

        var matches = CompletionMatcher.Match(workouts, activities);
        foreach (var workout in workouts)
        {
            workout.CompletedByActivityId = matches.GetValueOrDefault(workout.Id);
        }
    }

    /// <summary>The days an activity touches: the day it started on (if it still exists) and the days of the workouts it completed.</summary>
    public static async Task<List<DateOnly>> DaysTouchedByAsync(this TrainingDbContext db, Guid activityId, CancellationToken cancellationToken)
    {
        var days = await db.PlannedWorkouts.Where(w => w.CompletedByActivityId == activityId).Select(w => w.Date).ToListAsync(cancellationToken);
        var activity = await db.Activities.AsNoTracking()
            .Where(a => a.Id == activityId)
            .Select(a => new { a.StartTime, a.TimeZone })
            .SingleOrDefaultAsync(cancellationToken);
        if (activity is not null)
        {
            days.Add(CompletionMatcher.LocalDateOf(activity.StartTime, activity.TimeZone));
        }

        return days;
    }
}
