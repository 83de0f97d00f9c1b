using System.Globalization;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Loyalty.Achievements.Domain;

/// <summary>The checkers: an athlete's progress for a kind and its parameters, from their facts (pure, no clock).</summary>
internal static class AchievementCheckers
{
    /// <summary>The kinds whose progress depends on activities (re-evaluated on activity events).</summary>
    public static readonly IReadOnlySet<AchievementChecker> ActivityKinds = new HashSet<AchievementChecker>
    {
        AchievementChecker.FirstActivity, AchievementChecker.SportTotal, AchievementChecker.DayStreak, AchievementChecker.WeekStreak,
        AchievementChecker.EarlyBird, AchievementChecker.NightOwl, AchievementChecker.Comeback, AchievementChecker.WeekendStreak,
        AchievementChecker.PersonalRecords,
    };

    public static long Progress(AchievementChecker kind, CheckerParameters parameters, AthleteFacts facts) => kind switch
    {
        AchievementChecker.FirstActivity => Math.Min(facts.Activities.Count, 1),
        AchievementChecker.SportTotal => Total(facts.Activities, parameters),
        AchievementChecker.DayStreak => LongestRun(Days(facts.Activities), 1),
        AchievementChecker.WeekStreak => LongestRun(Days(facts.Activities).Select(WeekStart).Distinct(), 7),
        AchievementChecker.EarlyBird => facts.Activities.Count(a => a.LocalStartMinute < (parameters.Hour ?? CheckerParameters.EarlyBirdHour) * 60),
        AchievementChecker.NightOwl => facts.Activities.Count(a => a.LocalStartMinute >= (parameters.Hour ?? CheckerParameters.NightOwlHour) * 60),
        AchievementChecker.Comeback => Comebacks(Days(facts.Activities), parameters.GapDays ?? CheckerParameters.ComebackGapDays),
        AchievementChecker.WeekendStreak => LongestRun(Days(facts.Activities).Where(IsWeekend).Select(WeekendStart).Distinct(), 7),
        AchievementChecker.DailySteps => facts.Steps.Count(s => s.Steps >= (parameters.Steps ?? 10_000)),
        AchievementChecker.PersonalRecords => facts.Activities.Sum(a => a.PersonalRecords),
        AchievementChecker.KudosGiven => facts.KudosGiven,
        AchievementChecker.Followers => facts.Followers,
        _ => 0,
    };

    /// <summary>The field errors of parameters for a kind (empty when valid), keyed by camelCase field path.</summary>
    public static IReadOnlyList<(string Field, string Message)> Validate(AchievementChecker kind, CheckerParameters parameters)
    {
        var errors = new List<(string, string)>();
        if (parameters.Target is < 1 or > 1_000_000_000)
        {
            errors.Add(("parameters.target", "'target' must be between 1 and 1000000000."));
        }

        if (kind == AchievementChecker.FirstActivity && parameters.Target != 1)
        {
            errors.Add(("parameters.target", "'target' must be 1 for firstActivity."));
        }

        if (kind == AchievementChecker.SportTotal)
        {
            if (parameters.Metric is null || !WireNames.IsValid<TotalMetric>(parameters.Metric))
            {
                errors.Add(("parameters.metric", $"'metric' must be one of: {WireNames.Names<TotalMetric>()}."));
            }

            if (parameters.Sport is not null && !WireNames.IsValid<Sport>(parameters.Sport))
            {
                errors.Add(("parameters.sport", $"'sport' must be one of: {WireNames.Names<Sport>()}."));
            }
        }
        else if (parameters.Metric is not null || parameters.Sport is not null)
        {
            errors.Add(("parameters", "'metric' and 'sport' apply to sportTotal only."));
        }

        if (parameters.Hour is not null && (kind is not (AchievementChecker.EarlyBird or AchievementChecker.NightOwl) || parameters.Hour is < 1 or > 23))
        {
            errors.Add(("parameters.hour", "'hour' (1-23) applies to earlyBird and nightOwl only."));
        }

        if (parameters.GapDays is not null && (kind != AchievementChecker.Comeback || parameters.GapDays is < 2 or > 365))
        {
            errors.Add(("parameters.gapDays", "'gapDays' (2-365) applies to comeback only."));
        }

        if (parameters.Steps is not null && (kind != AchievementChecker.DailySteps || parameters.Steps is < 100 or > 200_000))
        {
            errors.Add(("parameters.steps", "'steps' (100-200000) applies to dailySteps only."));
        }

        return errors;
    }

    /// <summary>How many awards the progress is worth: 0 or 1, or for a repeatable one a multiple of the target.</summary>
    public static int Earned(long progress, long target, bool repeatable) =>
        target <= 0 || progress < target ? 0 : repeatable ? (int)Math.Min(progress / target, int.MaxValue) : 1;

    private static long Total(IReadOnlyList<ActivityFact> activities, CheckerParameters parameters)
    {
        var sport = parameters.Sport is null ? (Sport?)null : WireNames.Parse<Sport>(parameters.Sport);
        var counted = activities.Where(a => sport is null || a.Sport == sport);
        return WireNames.Parse<TotalMetric>(parameters.Metric ?? "count") switch
        {
            TotalMetric.Distance => (long)Math.Floor(counted.Sum(a => a.DistanceMeters)),
            TotalMetric.MovingTime => counted.Sum(a => (long)a.MovingSeconds),
            _ => counted.Count(),
        };
    }

    private static List<DateOnly> Days(IEnumerable<ActivityFact> activities) =>
        [.. activities.Select(a => a.LocalDate).Distinct().Order()];

    /// <summary>The longest run of dates each <paramref name="step"/> days after the previous.</summary>
    internal static int LongestRun(IEnumerable<DateOnly> dates, int step)
    {
        int best = 0, run = 0;
        DateOnly? previous = null;
        foreach (var date in dates.Distinct().Order())
        {
            run = previous is { } p && date.DayNumber - p.DayNumber == step ? run + 1 : 1;
            best = Math.Max(best, run);
            previous = date;
        }

        return best;
    }

    /// <summary>Activity days preceded by at least <paramref name="gapDays"/> whole days without one (the first ever is not a comeback).</summary>
    internal static int Comebacks(IReadOnlyList<DateOnly> days, int gapDays) =>
        days.Zip(days.Skip(1)).Count(pair => pair.Second.DayNumber - pair.First.DayNumber - 1 >= gapDays);

    /// <summary>The Monday of the date's ISO week.</summary>
    internal static DateOnly WeekStart(DateOnly date) =>
        DateOnly.FromDateTime(ISOWeek.ToDateTime(ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue)), ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue)), DayOfWeek.Monday));

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    /// <summary>The Saturday of the weekend the date is in.</summary>
    private static DateOnly WeekendStart(DateOnly date) => date.DayOfWeek == DayOfWeek.Sunday ? date.AddDays(-1) : date;
}
