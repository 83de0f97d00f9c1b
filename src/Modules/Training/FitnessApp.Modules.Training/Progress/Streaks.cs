namespace FitnessApp.Modules.Training.Progress;

/// <param name="Current">Consecutive active days ending today, or yesterday when today has no activity yet (the day is not over).</param>
/// <param name="Longest">The longest run of consecutive active days ever.</param>
internal sealed record StreakResponse(int Current, int Longest, DateOnly? LongestStart, DateOnly? LongestEnd, DateOnly? LastActiveDate);

internal static class Streaks
{
    /// <param name="activeDates">Distinct local dates with at least one activity, ascending.</param>
    /// <param name="today">Today where the athlete lives; dates after it (a start up to a day ahead) do not extend the current streak.</param>
    public static StreakResponse Compute(IReadOnlyList<DateOnly> activeDates, DateOnly today)
    {
        var longest = 0;
        DateOnly? longestStart = null;
        DateOnly? longestEnd = null;
        var run = 0;
        DateOnly runStart = default;
        for (var i = 0; i < activeDates.Count; i++)
        {
            run = i > 0 && activeDates[i - 1].AddDays(1) == activeDates[i] ? run + 1 : 1;
            if (run == 1)
            {
                runStart = activeDates[i];
            }

            if (run > longest)
            {
                (longest, longestStart, longestEnd) = (run, runStart, activeDates[i]);
            }
        }

        var past = activeDates.Where(d => d <= today).ToList();
        var current = 0;
        if (past.Count > 0 && past[^1] >= today.AddDays(-1))
        {
            current = 1;
            for (var i = past.Count - 1; i > 0 && past[i - 1].AddDays(1) == past[i]; i--)
            {
                current++;
            }
        }

        return new StreakResponse(current, longest, longestStart, longestEnd, past.Count > 0 ? past[^1] : null);
    }
}
