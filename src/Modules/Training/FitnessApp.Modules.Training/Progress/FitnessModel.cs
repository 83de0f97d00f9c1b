namespace FitnessApp.Modules.Training.Progress;

/// <summary>One day of the fitness / fatigue / form series (Banister's impulse-response model, as CTL / ATL / TSB).</summary>
internal sealed record FitnessDay(DateOnly Date, double Load, double Fitness, double Fatigue, double Form);

/// <summary>
/// Fitness and fatigue are exponentially weighted averages of the daily training load with time constants of 42 and 7
/// days: value(d) = value(d−1) + k × (load(d) − value(d−1)), k = 1 − e^(−1/τ); both start at 0 the day before the
/// first activity; a day without activities has load 0. Form = fitness − fatigue, both as of the end of the day.
/// </summary>
internal static class FitnessModel
{
    public const double FitnessDays = 42;
    public const double FatigueDays = 7;

    public static readonly double FitnessFactor = 1 - Math.Exp(-1 / FitnessDays);
    public static readonly double FatigueFactor = 1 - Math.Exp(-1 / FatigueDays);

    /// <summary>The series for every day in [from, to], from the whole history of daily loads (dates after <paramref name="to"/> ignored).</summary>
    public static IReadOnlyList<FitnessDay> Series(IReadOnlyDictionary<DateOnly, double> dailyLoads, DateOnly from, DateOnly to)
    {
        var result = new List<FitnessDay>(Math.Max(0, to.DayNumber - from.DayNumber + 1));
        var first = dailyLoads.Keys.Where(d => d <= to).DefaultIfEmpty(from).Min();
        var day = first < from ? first : from;
        double fitness = 0, fatigue = 0;
        for (; day <= to; day = day.AddDays(1))
        {
            var load = dailyLoads.TryGetValue(day, out var l) ? l : 0;
            fitness += FitnessFactor * (load - fitness);
            fatigue += FatigueFactor * (load - fatigue);
            if (day >= from)
            {
                result.Add(new FitnessDay(day, load, fitness, fatigue, fitness - fatigue));
            }
        }

        return result;
    }
}
