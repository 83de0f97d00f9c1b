namespace FitnessApp.Modules.Training.Plans.Domain;

/// <summary>
/// Adherence is done ÷ (done + missed) in percent, rounded to a whole number: a workout counts once it is done or its
/// day has passed, so today's workout does not lower the figure before the day is over. Rest days never count.
/// Null when nothing counts yet.
/// </summary>
internal static class Adherence
{
    public static int? Percent(int done, int missed) =>
        done + missed == 0 ? null : (int)Math.Round(100.0 * done / (done + missed), MidpointRounding.AwayFromZero);

    public static AdherenceCount Count(IEnumerable<PlannedWorkout> workouts, DateOnly today)
    {
        var done = 0;
        var missed = 0;
        var planned = 0;
        foreach (var status in workouts.Select(w => w.StatusOn(today)))
        {
            switch (status)
            {
                case WorkoutStatus.Done:
                    done++;
                    break;
                case WorkoutStatus.Missed:
                    missed++;
                    break;
                case WorkoutStatus.Planned:
                    planned++;
                    break;
                case WorkoutStatus.Rest:
                default:
                    break;
            }
        }

        return new AdherenceCount(done, missed, planned, Percent(done, missed));
    }
}

internal sealed record AdherenceCount(int Done, int Missed, int Planned, int? Percent);
