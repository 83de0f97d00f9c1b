namespace FitnessApp.Modules.Training.Statistics;

/// <summary>
/// Puts samples into a usable order before any statistic is computed.
/// </summary>
/// <remarks>
/// <list type="number">
/// <item>Samples whose time is NaN or infinite are dropped.</item>
/// <item>Samples out of time order are sorted by time (the common, already ordered case is detected in one
/// pass and costs no copy).</item>
/// <item>Samples sharing a timestamp are merged into one: the value of the sample that came last in the input
/// wins for every channel, and a channel that is missing (NaN) there is taken from the latest earlier duplicate
/// that has it.</item>
/// </list>
/// GPS jumps are not removed here: they are rejected while the distance is accumulated
/// (<see cref="TrackStatisticsCalculator"/>), because a jump is only a jump relative to the last good position.
/// </remarks>
internal static class TrackCleaner
{
    public static (TrackSamples Track, int DroppedInvalidTime, bool Reordered, int MergedDuplicates) Clean(TrackSamples input)
    {
        input.Validate();
        var t = input.Seconds;
        var n = t.Length;
        var ordered = true;
        for (var i = 0; i < n; i++)
        {
            if (!double.IsFinite(t[i]) || (i > 0 && t[i] <= t[i - 1]))
            {
                ordered = false;
                break;
            }
        }

        if (ordered)
        {
            return (input, 0, false, 0);
        }

        // Indices of samples with a valid time, sorted by (time, input position).
        var valid = 0;
        for (var i = 0; i < n; i++)
        {
            if (double.IsFinite(t[i]))
            {
                valid++;
            }
        }

        var keys = new double[valid];
        var order = new int[valid];
        var k = 0;
        var reordered = false;
        for (var i = 0; i < n; i++)
        {
            if (double.IsFinite(t[i]))
            {
                if (k > 0 && t[i] < keys[k - 1])
                {
                    reordered = true;
                }

                keys[k] = t[i];
                order[k] = i;
                k++;
            }
        }

        if (reordered)
        {
            Array.Sort(keys, order);

            // Array.Sort is not stable: restore input order inside runs of equal times.
            var s = 0;
            while (s < valid)
            {
                var e = s + 1;
                while (e < valid && keys[e] == keys[s])
                {
                    e++;
                }

                if (e - s > 1)
                {
                    Array.Sort(order, s, e - s);
                }

                s = e;
            }
        }

        // Groups of equal time → one output sample each.
        var groupStarts = new List<int>(valid);
        for (var i = 0; i < valid; i++)
        {
            if (i == 0 || keys[i] != keys[i - 1])
            {
                groupStarts.Add(i);
            }
        }

        var m = groupStarts.Count;
        var seconds = new double[m];
        for (var g = 0; g < m; g++)
        {
            seconds[g] = keys[groupStarts[g]];
        }

        var result = new TrackSamples(seconds)
        {
            StartUtc = input.StartUtc,
            Latitude = Gather(input.Latitude, order, groupStarts, valid),
            Longitude = Gather(input.Longitude, order, groupStarts, valid),
            Altitude = Gather(input.Altitude, order, groupStarts, valid),
            Distance = Gather(input.Distance, order, groupStarts, valid),
            HeartRate = Gather(input.HeartRate, order, groupStarts, valid),
            Cadence = Gather(input.Cadence, order, groupStarts, valid),
            Power = Gather(input.Power, order, groupStarts, valid),
            Speed = Gather(input.Speed, order, groupStarts, valid),
            Temperature = Gather(input.Temperature, order, groupStarts, valid),
        };

        // Positions travel as a pair: a duplicate must not mix one sample's latitude with another's longitude.
        if (input.Latitude is not null && input.Longitude is not null)
        {
            for (var g = 0; g < m; g++)
            {
                var end = g + 1 < m ? groupStarts[g + 1] : valid;
                for (var j = end - 1; j >= groupStarts[g]; j--)
                {
                    var src = order[j];
                    if (!double.IsNaN(input.Latitude[src]) && !double.IsNaN(input.Longitude[src]))
                    {
                        result.Latitude![g] = input.Latitude[src];
                        result.Longitude![g] = input.Longitude[src];
                        break;
                    }
                }
            }
        }

        return (result, n - valid, reordered, valid - m);
    }

    private static double[]? Gather(double[]? channel, int[] order, List<int> groupStarts, int valid)
    {
        if (channel is null)
        {
            return null;
        }

        var m = groupStarts.Count;
        var result = new double[m];
        for (var g = 0; g < m; g++)
        {
            var end = g + 1 < m ? groupStarts[g + 1] : valid;
            var value = double.NaN;
            for (var j = end - 1; j >= groupStarts[g]; j--)
            {
                value = channel[order[j]];
                if (!double.IsNaN(value))
                {
                    break;
                }
            }

            result[g] = value;
        }

        return result;
    }
}
