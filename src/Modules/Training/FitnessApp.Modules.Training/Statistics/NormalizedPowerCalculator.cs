namespace FitnessApp.Modules.Training.Statistics;

/// <summary>
/// Normalized power (Coggan): the 4th root of the mean 4th power of the 30-second rolling average power.
/// </summary>
/// <remarks>
/// The power channel is first put on a 1 Hz grid: second k (from the first sample) takes the first sample at
/// or after it (a device's sample stands for the interval that ends at it). Missing values count as 0 W;
/// seconds inside a gap longer than the maximum gap count as 0 W (no pedalling was recorded); seconds inside a
/// device pause are left out altogether. The rolling average starts once 30 values exist; a ride with fewer
/// than 30 seconds of data has no normalized power.
/// </remarks>
internal static class NormalizedPowerCalculator
{
    public const int WindowSeconds = 30;

    public static double? Compute(double[] seconds, double[] power, IReadOnlyList<PauseInterval> pauses, double maxGapSeconds)
    {
        var n = seconds.Length;
        if (n < 2)
        {
            return null;
        }

        var t0 = seconds[0];
        var totalSeconds = (int)Math.Floor(seconds[n - 1] - t0);
        if (totalSeconds < WindowSeconds)
        {
            return null;
        }

        Span<double> ring = stackalloc double[WindowSeconds];
        var ringCount = 0;
        var ringSum = 0.0;
        var sum4 = 0.0;
        var rolled = 0;
        var j = 1;
        var p = 0;
        for (var k = 1; k <= totalSeconds; k++)
        {
            var time = t0 + k;
            while (j < n - 1 && seconds[j] < time)
            {
                j++;
            }

            var mid = time - 0.5;
            while (p < pauses.Count && pauses[p].EndSeconds <= mid)
            {
                p++;
            }

            if (p < pauses.Count && pauses[p].StartSeconds <= mid)
            {
                continue;
            }

            var value = seconds[j] - seconds[j - 1] > maxGapSeconds ? 0 : power[j];
            if (!(value > 0))
            {
                value = 0;
            }

            var slot = ringCount % WindowSeconds;
            ringSum += value - (ringCount >= WindowSeconds ? ring[slot] : 0);
            ring[slot] = value;
            ringCount++;
            if (ringCount >= WindowSeconds)
            {
                var avg = ringSum / WindowSeconds;
                var sq = avg * avg;
                sum4 += sq * sq;
                rolled++;
            }
        }

        return rolled == 0 ? null : Math.Pow(sum4 / rolled, 0.25);
    }
}
