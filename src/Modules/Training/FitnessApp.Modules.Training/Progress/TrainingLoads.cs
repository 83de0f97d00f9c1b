using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Statistics;

namespace FitnessApp.Modules.Training.Progress;

/// <summary>
/// The training load of an activity without a heart-rate track, in Banister TRIMP units so that every activity adds
/// up on one scale (docs/adr/0009-training-load.md): TRIMP = minutes × x × a·e^(b·x), where x, the fraction of the
/// heart-rate reserve, comes from (1) the average heart rate, (2) the perceived effort, or (3) the sport's default.
/// </summary>
internal static class TrainingLoads
{
    /// <summary>Session RPE (CR-10) to heart-rate-reserve fraction: RPE 1 → 0.235, 5 → 0.575, 10 → 1.0 (ACSM intensity bands).</summary>
    public static double ReserveFractionOfEffort(int perceivedEffort) => Math.Clamp(0.15 + (0.085 * perceivedEffort), 0, 1);

    /// <summary>The heart-rate-reserve fraction assumed for an activity of the sport with neither heart rate nor effort.</summary>
    public static double DefaultReserveFraction(Sport sport) => sport switch
    {
        Sport.Running or Sport.TrailRunning => 0.70,
        Sport.IndoorCycling or Sport.Rowing => 0.65,
        Sport.Cycling or Sport.PoolSwimming or Sport.OpenWaterSwimming or Sport.Skiing => 0.60,
        Sport.Hiking or Sport.Strength => 0.50,
        Sport.Walking => 0.35,
        Sport.Yoga => 0.30,
        _ => 0.50,
    };

    /// <summary>Banister TRIMP of <paramref name="minutes"/> at a constant heart-rate-reserve fraction.</summary>
    public static double Trimp(double minutes, double reserveFraction, TrimpSex sex)
    {
        var x = Math.Clamp(reserveFraction, 0, 1);
        return minutes * x * HeartRateCalculator.TrimpWeight(x, sex);
    }

    /// <summary>The load of a manual activity, by the first method its data allow.</summary>
    /// <param name="seconds">Moving time (elapsed when there is none).</param>
    public static TrainingLoad Estimate(Sport sport, int seconds, int? averageHeartRate, int? perceivedEffort, AthleteProfile athlete)
    {
        var minutes = Math.Max(0, seconds) / 60.0;
        var maxHr = athlete.EffectiveMaxHeartRate;
        if (averageHeartRate is > 0 && maxHr is { } max)
        {
            var restAssumed = !(athlete.RestingHeartRate is > 0 && athlete.RestingHeartRate < max);
            var rest = restAssumed ? HeartRateCalculator.DefaultRestingHeartRate : athlete.RestingHeartRate!.Value;
            if (max > rest)
            {
                var x = (averageHeartRate.Value - rest) / (max - rest);
                return new TrainingLoad(Trimp(minutes, x, athlete.Sex), TrainingLoadMethod.BanisterTrimp, restAssumed);
            }
        }

        if (perceivedEffort is >= 1 and <= 10)
        {
            return new TrainingLoad(Trimp(minutes, ReserveFractionOfEffort(perceivedEffort.Value), athlete.Sex), TrainingLoadMethod.SessionRpe, false);
        }

        return new TrainingLoad(Trimp(minutes, DefaultReserveFraction(sport), athlete.Sex), TrainingLoadMethod.SportDefault, false);
    }
}
