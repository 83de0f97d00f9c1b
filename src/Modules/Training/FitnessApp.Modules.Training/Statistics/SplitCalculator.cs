namespace FitnessApp.Modules.Training.Statistics;

/// <summary>
/// Splits and best efforts over the cumulative distance curve, treating distance, clock time and moving time
/// as linear between samples.
/// </summary>
internal static class SplitCalculator
{
    public const double Mile = 1_609.344;

    private const double Epsilon = 1e-6;

    /// <summary>
    /// Splits of <paramref name="unit"/> metres. A boundary falling between two samples is placed by linear
    /// interpolation of time and moving time. A trailing remainder of at least 1 m is reported as a last,
    /// partial split with its <see cref="Split.Fraction"/>, and its pace is scaled to the full unit. The split's
    /// heart rate is time-weighted, with the sample weights described in <see cref="TrackStatisticsCalculator"/>.
    /// </summary>
    /// <param name="heartRateWeight">Optional cumulative Σ weight of valid heart-rate samples (with <paramref name="heartRateSum"/>).</param>
    /// <param name="heartRateSum">Optional cumulative Σ weight × heart rate.</param>
    public static List<Split> Splits(
        double[] seconds, double[] distance, double[] movingCumulative, double unit, double[]? heartRateWeight = null, double[]? heartRateSum = null)
    {
        var withHeartRate = heartRateWeight is not null && heartRateSum is not null;
        var n = seconds.Length;
        var total = n == 0 ? 0 : distance[n - 1];
        var splits = new List<Split>((int)Math.Min(10_000, (total / unit) + 2));
        if (n < 2 || total <= 0)
        {
            return splits;
        }

        var prevTime = seconds[0];
        var prevMoving = movingCumulative[0];
        var prevHrWeight = withHeartRate ? heartRateWeight![0] : 0;
        var prevHrSum = withHeartRate ? heartRateSum![0] : 0;
        var number = 1;
        var boundary = unit;
        for (var i = 1; i < n; i++)
        {
            while (distance[i] >= boundary - Epsilon)
            {
                var d0 = distance[i - 1];
                var span = distance[i] - d0;
                var f = span > 0 ? Math.Clamp((boundary - d0) / span, 0, 1) : 1;
                var time = seconds[i - 1] + (f * (seconds[i] - seconds[i - 1]));
                var moving = movingCumulative[i - 1] + (f * (movingCumulative[i] - movingCumulative[i - 1]));
                double? heartRate = null;
                if (withHeartRate)
                {
                    var hrWeight = heartRateWeight![i - 1] + (f * (heartRateWeight[i] - heartRateWeight[i - 1]));
                    var hrSum = heartRateSum![i - 1] + (f * (heartRateSum[i] - heartRateSum[i - 1]));
                    heartRate = hrWeight - prevHrWeight > 1e-9 ? (hrSum - prevHrSum) / (hrWeight - prevHrWeight) : null;
                    prevHrWeight = hrWeight;
                    prevHrSum = hrSum;
                }

                splits.Add(new Split(number, unit, 1, time - prevTime, moving - prevMoving, moving - prevMoving, heartRate));
                prevTime = time;
                prevMoving = moving;
                number++;
                boundary = number * unit;
            }
        }

        var remainder = total - ((number - 1) * unit);
        if (remainder >= 1)
        {
            var fraction = remainder / unit;
            var movingSeconds = movingCumulative[n - 1] - prevMoving;
            double? heartRate = null;
            if (withHeartRate && heartRateWeight![n - 1] - prevHrWeight > 1e-9)
            {
                heartRate = (heartRateSum![n - 1] - prevHrSum) / (heartRateWeight[n - 1] - prevHrWeight);
            }

            splits.Add(new Split(number, remainder, fraction, seconds[n - 1] - prevTime, movingSeconds, movingSeconds / fraction, heartRate));
        }

        return splits;
    }

    /// <summary>
    /// The fastest elapsed time over exactly <paramref name="target"/> metres, by two pointers over the
    /// cumulative distance. On a piecewise-linear curve the optimum window has its start or its end on a sample,
    /// so two O(n) passes are exact: ends on samples with interpolated starts, then starts on samples with
    /// interpolated ends. Elapsed (clock) time is used, as Strava does for best efforts.
    /// </summary>
    public static BestEffort? BestEffort(string name, double[] seconds, double[] distance, double target)
    {
        var n = seconds.Length;
        if (n < 2 || distance[n - 1] - distance[0] < target - Epsilon)
        {
            return null;
        }

        var best = double.PositiveInfinity;
        var bestStart = 0.0;
        var bestEnd = 0.0;

        // Pass 1: window ends on sample j; i = last sample with distance ≤ distance[j] − target.
        var i = 0;
        for (var j = 1; j < n; j++)
        {
            var startDistance = distance[j] - target;
            if (startDistance < distance[0] - Epsilon)
            {
                continue;
            }

            while (i + 1 < j && distance[i + 1] <= startDistance)
            {
                i++;
            }

            var span = distance[i + 1] - distance[i];
            var f = span > 0 ? Math.Clamp((startDistance - distance[i]) / span, 0, 1) : 0;
            var start = seconds[i] + (f * (seconds[i + 1] - seconds[i]));
            var elapsed = seconds[j] - start;
            if (elapsed < best)
            {
                best = elapsed;
                bestStart = start;
                bestEnd = seconds[j];
            }
        }

        // Pass 2: window starts on sample s; e = first sample with distance ≥ distance[s] + target.
        var e = 1;
        for (var s = 0; s < n - 1; s++)
        {
            var endDistance = distance[s] + target;
            if (e <= s)
            {
                e = s + 1;
            }

            while (e < n && distance[e] < endDistance)
            {
                e++;
            }

            if (e >= n)
            {
                break;
            }

            var span = distance[e] - distance[e - 1];
            var f = span > 0 ? Math.Clamp((endDistance - distance[e - 1]) / span, 0, 1) : 1;
            var end = seconds[e - 1] + (f * (seconds[e] - seconds[e - 1]));
            var elapsed = end - seconds[s];
            if (elapsed < best)
            {
                best = elapsed;
                bestStart = seconds[s];
                bestEnd = end;
            }
        }

        return double.IsFinite(best) ? new BestEffort(name, target, best, bestStart, bestEnd) : null;
    }
}
