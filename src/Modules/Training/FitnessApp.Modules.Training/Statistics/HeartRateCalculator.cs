namespace FitnessApp.Modules.Training.Statistics;

/// <summary>Heart-rate zones and the Banister training impulse (TRIMP).</summary>
/// <remarks>
/// <para>Zones: five zones with lower bounds at 50, 60, 70, 80 and 90 % (zone 5 open upwards), either of
/// HRmax (bound = p × HRmax) or of the heart-rate reserve after Karvonen (bound = HRrest + p × (HRmax − HRrest)).
/// A sample belongs to zone k when lower(k) ≤ HR &lt; lower(k+1); below 50 % is reported apart.</para>
/// <para>TRIMP (Banister 1991): Σ Δt(min) × HRr × a·e^(b·HRr) with HRr = (HR − HRrest)/(HRmax − HRrest) clamped
/// to [0, 1]; men a = 0.64, b = 1.92; women a = 0.86, b = 1.67; unknown sex: the mean of the two weightings.
/// Without a resting heart rate, 60 bpm is assumed (and flagged).</para>
/// </remarks>
internal static class HeartRateCalculator
{
    public const double DefaultRestingHeartRate = 60;

    /// <summary>Heart-rate samples above this (bpm) are sensor glitches and treated as missing, like 0 and NaN.</summary>
    public const double MaxPlausibleHeartRate = 250;

    public static bool IsValid(double bpm) => bpm is > 0 and <= MaxPlausibleHeartRate;

    public static readonly double[] ZoneFractions = [0.5, 0.6, 0.7, 0.8, 0.9];

    public static double[] BoundsByMax(double maxHr)
    {
        var bounds = new double[5];
        for (var z = 0; z < 5; z++)
        {
            bounds[z] = ZoneFractions[z] * maxHr;
        }

        return bounds;
    }

    public static double[] BoundsByReserve(double maxHr, double restHr)
    {
        var bounds = new double[5];
        for (var z = 0; z < 5; z++)
        {
            bounds[z] = restHr + (ZoneFractions[z] * (maxHr - restHr));
        }

        return bounds;
    }

    public static HeartRateZones Zones(double[] heartRate, double[] weights, double[] bounds)
    {
        var seconds = new double[5];
        var below = 0.0;
        for (var i = 0; i < heartRate.Length; i++)
        {
            var hr = heartRate[i];
            var w = weights[i];
            if (w <= 0 || !IsValid(hr))
            {
                continue;
            }

            if (hr < bounds[0])
            {
                below += w;
                continue;
            }

            var z = 4;
            while (hr < bounds[z])
            {
                z--;
            }

            seconds[z] += w;
        }

        return new HeartRateZones(bounds, seconds, below);
    }

    /// <summary>The TRIMP weighting factor a·e^(b·x) for one heart-rate-reserve fraction.</summary>
    public static double TrimpWeight(double hrReserveFraction, TrimpSex sex) => sex switch
    {
        TrimpSex.Male => 0.64 * Math.Exp(1.92 * hrReserveFraction),
        TrimpSex.Female => 0.86 * Math.Exp(1.67 * hrReserveFraction),
        _ => 0.5 * ((0.64 * Math.Exp(1.92 * hrReserveFraction)) + (0.86 * Math.Exp(1.67 * hrReserveFraction))),
    };

    public static double Trimp(double[] heartRate, double[] weights, double maxHr, double restHr, TrimpSex sex)
    {
        var range = maxHr - restHr;
        if (range <= 0)
        {
            return 0;
        }

        var total = 0.0;
        for (var i = 0; i < heartRate.Length; i++)
        {
            var hr = heartRate[i];
            var w = weights[i];
            if (w <= 0 || !IsValid(hr))
            {
                continue;
            }

            var x = Math.Clamp((hr - restHr) / range, 0, 1);
            total += w / 60.0 * x * TrimpWeight(x, sex);
        }

        return total;
    }
}
