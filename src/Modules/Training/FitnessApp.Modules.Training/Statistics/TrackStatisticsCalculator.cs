using System.Buffers;

namespace FitnessApp.Modules.Training.Statistics;

/// <summary>
/// Computes every per-activity statistic of a track in a few linear passes, without allocations per sample
/// (scratch arrays come from <see cref="ArrayPool{T}.Shared"/>). A 3-hour 1 Hz track with every channel takes about
/// 2.4 ms on one core (build/benchmarks/FitnessApp.Benchmarks). Thread-safe: no shared mutable state.
/// </summary>
/// <remarks>
/// <para><b>Cleaning</b>: see <see cref="TrackCleaner"/> (NaN times dropped, sorted, duplicates merged keeping the
/// last).</para>
/// <para><b>Distance</b>, in order of preference: (1) the device's cumulative distance when at least two samples
/// carry it (steps that go backwards are ignored, a step implying more than
/// <see cref="TrackStatisticsOptions.MaxPlausibleSpeedMetersPerSecond"/> is dropped); (2) the haversine sum
/// between positions (2-D, mean Earth radius): each position is measured from the last <i>accepted</i> one and is
/// rejected as a GPS jump when it implies more than 100 m/s; after three rejections in a row the track is taken
/// to have really moved there (signal regained far away) and restarts from the current point, adding nothing for
/// the jump; (3) the trapezoidal integral of the speed channel (treadmill, indoor), over intervals no longer than
/// the maximum gap.</para>
/// <para><b>Elapsed time</b> = last − first sample time (pauses included). <b>Moving time</b> sums, for each
/// interval between consecutive samples, its part outside device pauses, when the interval's speed is at least
/// the sport's stopped-speed threshold. The interval's speed is the device speed at its end sample when present
/// and the interval is not longer than <see cref="TrackStatisticsOptions.MaxGapSeconds"/> (10 s), otherwise its
/// distance divided by its unpaused duration; so a long gap counts as moving only when the athlete covered
/// ground during it at moving speed (signal loss while running), not when the device sat still (auto-pause). A
/// track with no distance or speed source at all (strength, yoga) counts every unpaused interval up to the
/// maximum gap as moving.</para>
/// <para><b>Speeds</b>: average = distance / moving time; maximum = the largest device speed (speeds above the
/// 100 m/s plausibility limit are ignored, as they are for moving time), or without a speed
/// channel the largest distance / time over any window of at least 5 s (which damps single-sample GPS noise).
/// Average pace = moving seconds per km.</para>
/// <para><b>Sensor averages</b> (heart rate, cadence, power, temperature) are time-weighted: each sample weighs the
/// unpaused duration of the interval ending at it, capped at the maximum gap. Heart rate and cadence ignore
/// values ≤ 0 (drop-outs, coasting), heart rate also values above 250 bpm (glitches; the same rule holds for zones
/// and TRIMP); power averages include zeros (coasting is part of the ride).</para>
/// <para><b>Elevation</b>: see <see cref="ElevationCalculator"/>. <b>Normalized power</b>: see
/// <see cref="NormalizedPowerCalculator"/>. <b>Splits and best efforts</b>: see <see cref="SplitCalculator"/>.
/// <b>Zones and TRIMP</b>: see <see cref="HeartRateCalculator"/>.</para>
/// <para><b>Calories</b>: the device's total when positive, otherwise MET(average moving speed) × weight (kg) ×
/// moving hours with the sport's <see cref="MetTable"/>. <b>Training load</b>: Banister TRIMP when there is heart
/// rate and an HRmax (profile or 220 − age); otherwise session RPE (Foster): moving minutes (elapsed when there
/// is no moving time) × perceived effort 1-10.</para>
/// </remarks>
internal static class TrackStatisticsCalculator
{
    private const double MaxSpeedWindowSeconds = 5;
    private const int JumpRunToRebase = 3;

    public static TrackStatistics Compute(TrackSamples samples, TrackStatisticsOptions options)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(options);
        var (track, droppedTime, reordered, merged) = TrackCleaner.Clean(samples);
        var n = track.Count;

        // Per-sample scratch arrays come from the shared pool: a 3-hour track would otherwise put three
        // 86 KB arrays on the large object heap per call.
        var pool = ArrayPool<double>.Shared;
        var distance = pool.Rent(Math.Max(1, n));
        var movingCumulative = pool.Rent(Math.Max(1, n));
        var weights = pool.Rent(Math.Max(1, n));
        try
        {
            Array.Clear(distance, 0, n);
            Array.Clear(movingCumulative, 0, n);
            Array.Clear(weights, 0, n);
            var cleaning = new TrackCleaningReport(samples.Count, droppedTime, reordered, merged, 0);
            return Compute(cleaning, track, options, distance, movingCumulative, weights);
        }
        finally
        {
            pool.Return(distance);
            pool.Return(movingCumulative);
            pool.Return(weights);
        }
    }

    private static TrackStatistics Compute(
        TrackCleaningReport cleaning, TrackSamples track, TrackStatisticsOptions options, double[] distance, double[] movingCumulative, double[] weights)
    {
        var t = track.Seconds;
        var n = t.Length;
        var pauses = NormalizePauses(options.Pauses);
        var maxGap = options.MaxGapSeconds;

        // Distance.
        var (source, jumps) = AccumulateDistance(track, distance, options);

        // Moving time and sample weights.
        var speed = track.Speed;
        var thresholdMs = options.StoppedSpeedKmh / 3.6;
        var hasDistance = source != DistanceSource.None;
        var moving = 0.0;
        var p = 0;
        for (var i = 1; i < n; i++)
        {
            var t0 = t[i - 1];
            var t1 = t[i];
            var dt = t1 - t0;
            while (p < pauses.Length && pauses[p].EndSeconds <= t0)
            {
                p++;
            }

            var paused = 0.0;
            for (var q = p; q < pauses.Length && pauses[q].StartSeconds < t1; q++)
            {
                paused += Math.Min(t1, pauses[q].EndSeconds) - Math.Max(t0, pauses[q].StartSeconds);
            }

            var active = dt - paused;
            if (active > 1e-9)
            {
                weights[i] = Math.Min(active, maxGap);
                bool isMoving;
                if (dt <= maxGap && speed is not null && speed[i] >= 0 && speed[i] <= options.MaxPlausibleSpeedMetersPerSecond)
                {
                    isMoving = speed[i] >= thresholdMs;
                }
                else if (hasDistance)
                {
                    isMoving = (distance[i] - distance[i - 1]) / active >= thresholdMs;
                }
                else
                {
                    isMoving = dt <= maxGap;
                }

                if (isMoving)
                {
                    moving += active;
                }
            }

            movingCumulative[i] = moving;
        }

        var totalDistance = n > 0 ? distance[n - 1] : 0;
        var elapsed = n > 1 ? t[n - 1] - t[0] : 0;

        double? maxSpeed = null;
        if (speed is not null)
        {
            maxSpeed = MaxOf(speed, options.MaxPlausibleSpeedMetersPerSecond);
        }

        if (maxSpeed is null && hasDistance)
        {
            maxSpeed = MaxWindowSpeed(t, distance);
        }

        (double Gain, double Loss, double Min, double Max)? elevation = null;
        if (track.Altitude is not null)
        {
            elevation = ElevationCalculator.Compute(t, track.Altitude, options.ElevationSmoothingSeconds, options.ElevationThresholdMeters);
        }

        // Cumulative heart-rate weight and weighted sum, for the splits' average heart rate.
        double[]? hrWeight = null;
        double[]? hrSum = null;
        if (track.HeartRate is { } bpm && hasDistance)
        {
            hrWeight = ArrayPool<double>.Shared.Rent(n);
            hrSum = ArrayPool<double>.Shared.Rent(n);
            var cw = 0.0;
            var cs = 0.0;
            for (var i = 0; i < n; i++)
            {
                if (HeartRateCalculator.IsValid(bpm[i]))
                {
                    cw += weights[i];
                    cs += weights[i] * bpm[i];
                }

                hrWeight[i] = cw;
                hrSum[i] = cs;
            }
        }

        var heartRate = track.HeartRate is null ? null : Summarize(track.HeartRate, weights, positiveOnly: true, HeartRateCalculator.MaxPlausibleHeartRate);
        var profile = options.Athlete;
        var maxHr = profile.EffectiveMaxHeartRate;
        HeartRateZones? zonesByMax = null;
        HeartRateZones? zonesByReserve = null;
        TrainingLoad? load = null;
        if (heartRate is not null && maxHr is not null)
        {
            zonesByMax = HeartRateCalculator.Zones(track.HeartRate!, weights, HeartRateCalculator.BoundsByMax(maxHr.Value));
            if (profile.RestingHeartRate is > 0 && profile.RestingHeartRate < maxHr)
            {
                zonesByReserve = HeartRateCalculator.Zones(
                    track.HeartRate!, weights, HeartRateCalculator.BoundsByReserve(maxHr.Value, profile.RestingHeartRate.Value));
            }

            var restAssumed = !(profile.RestingHeartRate is > 0 && profile.RestingHeartRate < maxHr);
            var rest = restAssumed ? HeartRateCalculator.DefaultRestingHeartRate : profile.RestingHeartRate!.Value;
            load = new TrainingLoad(
                HeartRateCalculator.Trimp(track.HeartRate!, weights, maxHr.Value, rest, profile.Sex),
                TrainingLoadMethod.BanisterTrimp,
                restAssumed);
        }

        if (load is null && options.PerceivedEffort is >= 1 and <= 10)
        {
            var minutes = (moving > 0 ? moving : elapsed) / 60.0;
            load = new TrainingLoad(minutes * options.PerceivedEffort.Value, TrainingLoadMethod.SessionRpe, false);
        }

        double? normalizedPower = track.Power is null
            ? null
            : NormalizedPowerCalculator.Compute(t, track.Power, pauses, maxGap);

        double? averageSpeed = moving > 0 && hasDistance ? totalDistance / moving : null;

        CaloriesResult? calories = null;
        if (options.DeviceCaloriesKcal is > 0)
        {
            calories = new CaloriesResult(options.DeviceCaloriesKcal.Value, CaloriesSource.Device);
        }
        else if (options.Met is not null && profile.WeightKg is > 0 && moving > 0)
        {
            var met = options.Met.MetAt((averageSpeed ?? 0) * 3.6);
            calories = new CaloriesResult(met * profile.WeightKg.Value * (moving / 3600.0), CaloriesSource.MetEstimate);
        }

        var bestEfforts = new List<BestEffort>(options.BestEffortDistances.Count);
        if (hasDistance)
        {
            foreach (var (name, meters) in options.BestEffortDistances)
            {
                var effort = SplitCalculator.BestEffort(name, t, distance, meters);
                if (effort is not null)
                {
                    bestEfforts.Add(effort.Value);
                }
            }
        }

        var result = new TrackStatistics
        {
            Cleaning = cleaning with { RejectedGpsJumps = jumps },
            SampleCount = n,
            DistanceMeters = totalDistance,
            DistanceSource = source,
            ElapsedSeconds = elapsed,
            MovingSeconds = moving,
            AverageSpeed = averageSpeed,
            MaxSpeed = maxSpeed,
            AveragePaceSecondsPerKm = moving > 0 && totalDistance > 0 ? moving / (totalDistance / 1000.0) : null,
            ElevationGainMeters = options.ElevationApplies ? elevation?.Gain : null,
            ElevationLossMeters = options.ElevationApplies ? elevation?.Loss : null,
            MinAltitudeMeters = elevation?.Min,
            MaxAltitudeMeters = elevation?.Max,
            HeartRate = heartRate,
            ZonesByMaxHeartRate = zonesByMax,
            ZonesByHeartRateReserve = zonesByReserve,
            Cadence = track.Cadence is null ? null : Summarize(track.Cadence, weights, positiveOnly: true),
            Power = track.Power is null ? null : Summarize(track.Power, weights, positiveOnly: false),
            NormalizedPowerWatts = normalizedPower,
            Temperature = track.Temperature is null ? null : Summarize(track.Temperature, weights, positiveOnly: false),
            KilometerSplits = hasDistance ? SplitCalculator.Splits(t, distance, movingCumulative, 1000, hrWeight, hrSum) : [],
            MileSplits = hasDistance ? SplitCalculator.Splits(t, distance, movingCumulative, SplitCalculator.Mile, hrWeight, hrSum) : [],
            BestEfforts = bestEfforts,
            Calories = calories,
            TrainingLoad = load,
        };

        if (hrWeight is not null)
        {
            ArrayPool<double>.Shared.Return(hrWeight);
            ArrayPool<double>.Shared.Return(hrSum!);
        }

        return result;
    }

    private static PauseInterval[] NormalizePauses(IReadOnlyList<PauseInterval> pauses)
    {
        if (pauses.Count == 0)
        {
            return [];
        }

        var sorted = new List<PauseInterval>(pauses.Count);
        foreach (var pause in pauses)
        {
            if (pause.EndSeconds > pause.StartSeconds)
            {
                sorted.Add(pause);
            }
        }

        sorted.Sort((a, b) => a.StartSeconds.CompareTo(b.StartSeconds));
        var merged = new List<PauseInterval>(sorted.Count);
        foreach (var pause in sorted)
        {
            if (merged.Count > 0 && pause.StartSeconds <= merged[^1].EndSeconds)
            {
                merged[^1] = merged[^1] with { EndSeconds = Math.Max(merged[^1].EndSeconds, pause.EndSeconds) };
            }
            else
            {
                merged.Add(pause);
            }
        }

        return [.. merged];
    }

    private static (DistanceSource Source, int Jumps) AccumulateDistance(TrackSamples track, double[] cumulative, TrackStatisticsOptions options)
    {
        var t = track.Seconds;
        var n = t.Length;
        var maxSpeed = options.MaxPlausibleSpeedMetersPerSecond;
        var total = 0.0;
        var jumps = 0;

        if (track.Distance is { } device && CountFinite(device) >= 2)
        {
            var last = double.NaN;
            var lastTime = 0.0;
            for (var i = 0; i < n; i++)
            {
                var d = device[i];
                if (double.IsFinite(d))
                {
                    if (double.IsFinite(last))
                    {
                        var step = d - last;
                        if (step > 0)
                        {
                            if (step / (t[i] - lastTime) > maxSpeed)
                            {
                                jumps++;
                            }
                            else
                            {
                                total += step;
                            }
                        }
                    }

                    last = d;
                    lastTime = t[i];
                }

                cumulative[i] = total;
            }

            return (DistanceSource.Device, jumps);
        }

        if (track.Latitude is { } lat && track.Longitude is { } lon && CountPositions(lat, lon) >= 2)
        {
            var anchor = -1;
            var anchorPhi = 0.0;
            var anchorCos = 0.0;
            var rejectedRun = 0;
            for (var i = 0; i < n; i++)
            {
                var la = lat[i];
                var lo = lon[i];
                if (double.IsFinite(la) && double.IsFinite(lo))
                {
                    var phi = Geo.ToRadians(la);
                    var cos = Math.Cos(phi);
                    if (anchor < 0)
                    {
                        anchor = i;
                    }
                    else
                    {
                        var d = Geo.Haversine(anchorPhi, anchorCos, lon[anchor], phi, cos, lo);
                        if (d / (t[i] - t[anchor]) > maxSpeed)
                        {
                            jumps++;
                            rejectedRun++;
                            if (rejectedRun >= JumpRunToRebase)
                            {
                                anchor = i;
                                anchorPhi = phi;
                                anchorCos = cos;
                                rejectedRun = 0;
                            }

                            cumulative[i] = total;
                            continue;
                        }

                        total += d;
                        anchor = i;
                        rejectedRun = 0;
                    }

                    anchorPhi = phi;
                    anchorCos = cos;
                }

                cumulative[i] = total;
            }

            return (DistanceSource.Positions, jumps);
        }

        if (track.Speed is { } speed && CountFinite(speed) >= 2)
        {
            for (var i = 1; i < n; i++)
            {
                var dt = t[i] - t[i - 1];
                if (dt <= options.MaxGapSeconds && speed[i] >= 0 && speed[i] <= maxSpeed && speed[i - 1] >= 0 && speed[i - 1] <= maxSpeed)
                {
                    total += 0.5 * (speed[i] + speed[i - 1]) * dt;
                }

                cumulative[i] = total;
            }

            return (DistanceSource.SpeedIntegration, 0);
        }

        return (DistanceSource.None, 0);
    }

    private static int CountFinite(double[] values)
    {
        var count = 0;
        foreach (var v in values)
        {
            if (double.IsFinite(v) && ++count >= 2)
            {
                break;
            }
        }

        return count;
    }

    private static int CountPositions(double[] lat, double[] lon)
    {
        var count = 0;
        for (var i = 0; i < lat.Length && count < 2; i++)
        {
            if (double.IsFinite(lat[i]) && double.IsFinite(lon[i]))
            {
                count++;
            }
        }

        return count;
    }

    private static double? MaxOf(double[] values, double upperLimit)
    {
        var max = double.NegativeInfinity;
        foreach (var v in values)
        {
            if (v > max && v <= upperLimit)
            {
                max = v;
            }
        }

        return double.IsFinite(max) ? max : null;
    }

    private static double? MaxWindowSpeed(double[] t, double[] distance)
    {
        var n = t.Length;
        double? best = null;
        var i = 0;
        for (var j = 1; j < n; j++)
        {
            while (i + 1 < j && t[j] - t[i + 1] >= MaxSpeedWindowSeconds)
            {
                i++;
            }

            var dt = t[j] - t[i];
            if (dt >= MaxSpeedWindowSeconds)
            {
                var v = (distance[j] - distance[i]) / dt;
                if (best is null || v > best)
                {
                    best = v;
                }
            }
        }

        return best;
    }

    private static ChannelSummary? Summarize(double[] values, double[] weights, bool positiveOnly, double upperLimit = double.PositiveInfinity)
    {
        var sum = 0.0;
        var weight = 0.0;
        var plainSum = 0.0;
        var count = 0;
        var max = double.NegativeInfinity;
        for (var i = 0; i < values.Length; i++)
        {
            var v = values[i];
            if (!double.IsFinite(v) || (positiveOnly && v <= 0) || v > upperLimit)
            {
                continue;
            }

            sum += v * weights[i];
            weight += weights[i];
            plainSum += v;
            count++;
            if (v > max)
            {
                max = v;
            }
        }

        if (count == 0)
        {
            return null;
        }

        return new ChannelSummary(weight > 0 ? sum / weight : plainSum / count, max);
    }
}
