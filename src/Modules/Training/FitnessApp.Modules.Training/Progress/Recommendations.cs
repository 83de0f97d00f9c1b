namespace FitnessApp.Modules.Training.Progress;

internal enum RecommendedIntensity
{
    Rest,
    Easy,
    Moderate,
    Hard,
}

/// <summary>Why: machine-readable, one per rule of <see cref="Recommendations"/>.</summary>
internal enum RecommendationReason
{
    NoRecentTraining,
    TrainedHardToday,
    VeryFatigued,
    ConsecutiveHardDays,
    Fatigued,
    Fresh,
    Balanced,
}

/// <param name="Fitness">Fitness at the end of yesterday (before today's training).</param>
/// <param name="Fatigue">Fatigue at the end of yesterday.</param>
/// <param name="Form">Fitness − fatigue at the end of yesterday: what today starts with.</param>
/// <param name="TodayLoad">Load already recorded today.</param>
/// <param name="LastDays">The daily loads of the 7 days before today, oldest first.</param>
internal sealed record RecommendationInput(double Fitness, double Fatigue, double Form, double TodayLoad, IReadOnlyList<double> LastDays);

/// <summary>
/// Today's recommendation. The first rule that matches wins:
/// <list type="number">
/// <item>no load in the last 28 days and fitness below 5 → easy (<see cref="RecommendationReason.NoRecentTraining"/>);</item>
/// <item>today's load already at least 1.5 × fitness and at least 50 → rest (<see cref="RecommendationReason.TrainedHardToday"/>);</item>
/// <item>form below −30 → rest (<see cref="RecommendationReason.VeryFatigued"/>);</item>
/// <item>each of the last two days was hard (load at least 1.5 × fitness and at least 50) → easy (<see cref="RecommendationReason.ConsecutiveHardDays"/>);</item>
/// <item>form below −10 → easy (<see cref="RecommendationReason.Fatigued"/>);</item>
/// <item>form at least +5 → hard (<see cref="RecommendationReason.Fresh"/>);</item>
/// <item>otherwise moderate (<see cref="RecommendationReason.Balanced"/>).</item>
/// </list>
/// The form thresholds are the usual training-stress-balance bands (below −30 overreaching, −30 to −10 productive
/// fatigue, above +5 fresh); see docs/adr/0009-training-load.md.
/// </summary>
internal static class Recommendations
{
    public const double VeryFatiguedForm = -30;
    public const double FatiguedForm = -10;
    public const double FreshForm = 5;
    public const double HardDayFactor = 1.5;
    public const double HardDayMinimumLoad = 50;
    public const double DetrainedFitness = 5;

    public static bool IsHardDay(double load, double fitness) => load >= HardDayMinimumLoad && load >= HardDayFactor * fitness;

    /// <param name="hadLoadInLast28Days">Whether any day of the last 28 (today included) had load.</param>
    public static (RecommendedIntensity Intensity, RecommendationReason Reason) Decide(RecommendationInput input, bool hadLoadInLast28Days)
    {
        if (!hadLoadInLast28Days && input.Fitness < DetrainedFitness)
        {
            return (RecommendedIntensity.Easy, RecommendationReason.NoRecentTraining);
        }

        if (IsHardDay(input.TodayLoad, input.Fitness))
        {
            return (RecommendedIntensity.Rest, RecommendationReason.TrainedHardToday);
        }

        if (input.Form < VeryFatiguedForm)
        {
            return (RecommendedIntensity.Rest, RecommendationReason.VeryFatigued);
        }

        var days = input.LastDays;
        if (days.Count >= 2 && IsHardDay(days[^1], input.Fitness) && IsHardDay(days[^2], input.Fitness))
        {
            return (RecommendedIntensity.Easy, RecommendationReason.ConsecutiveHardDays);
        }

        if (input.Form < FatiguedForm)
        {
            return (RecommendedIntensity.Easy, RecommendationReason.Fatigued);
        }

        return input.Form >= FreshForm
            ? (RecommendedIntensity.Hard, RecommendationReason.Fresh)
            : (RecommendedIntensity.Moderate, RecommendationReason.Balanced);
    }
}
