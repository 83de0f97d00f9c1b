using FitnessApp.Modules.Devices.Samples;

namespace FitnessApp.Modules.Devices.Demo;

/// <summary>
/// A believable phone-and-watch history: the watch counts every step in four blocks a day (more on Saturdays, fewer on
/// Sundays), the phone a little less (it stays on the desk), the watch reports the resting heart rate each morning
/// (slowly improving) and the night's sleep (longer at weekends), the phone a weighing every few days.
/// </summary>
internal static class DemoHealthGenerator
{
    private static readonly (int Hour, double Share)[] StepBlocks = [(7, 0.2), (12, 0.25), (17, 0.35), (20, 0.2)];

    public static List<DeviceSample> Generate(Guid ownerId, Guid phoneId, Guid watchId, TimeZoneInfo zone, DateOnly firstDay, DateOnly today, DateTime nowUtc, double? weightKg, Random random)
    {
        var samples = new List<DeviceSample>();
        var restingBase = 50 + random.Next(0, 12);
        var weight = weightKg ?? 65 + random.Next(0, 20);
        var days = today.DayNumber - firstDay.DayNumber;
        for (var day = firstDay; day <= today; day = day.AddDays(1))
        {
            var progress = (double)(day.DayNumber - firstDay.DayNumber) / Math.Max(1, days);
            var dailySteps = day.DayOfWeek switch
            {
                DayOfWeek.Saturday => 11_000 + random.Next(-4_000, 5_000),
                DayOfWeek.Sunday => 6_000 + random.Next(-3_000, 3_000),
                _ => 8_500 + random.Next(-2_500, 2_500),
            };
            foreach (var (hour, share) in StepBlocks)
            {
                var start = Utc(day, hour, random.Next(0, 30), zone);
                var end = start.AddMinutes(90);
                if (end > nowUtc)
                {
                    continue;
                }

                var watchSteps = Math.Round(dailySteps * share * (0.85 + 0.3 * random.NextDouble()));
                samples.Add(Sample(ownerId, watchId, SampleType.Steps, start, end, watchSteps));
                samples.Add(Sample(ownerId, phoneId, SampleType.Steps, start, end, Math.Round(watchSteps * (0.7 + 0.2 * random.NextDouble()))));
            }

            var wake = Utc(day, day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 8 : 6, random.Next(30, 59), zone);
            if (wake > nowUtc)
            {
                continue;
            }

            var sleepHours = (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 8.0 : 6.8) + (random.NextDouble() - 0.5) * 1.5;
            samples.Add(Sample(ownerId, watchId, SampleType.Sleep, wake.AddHours(-sleepHours), wake, 0, SleepStage.Asleep));
            samples.Add(Sample(ownerId, watchId, SampleType.RestingHeartRate, wake.AddMinutes(10), null, Math.Round(restingBase + 3 - 4 * progress + random.Next(-2, 3))));
            if (random.NextDouble() < 0.35)
            {
                samples.Add(Sample(ownerId, phoneId, SampleType.Weight, wake.AddMinutes(20), null, Math.Round(weight - 1.5 * progress + (random.NextDouble() - 0.5) * 0.8, 1)));
            }
        }

        return samples;
    }

    private static DeviceSample Sample(Guid ownerId, Guid deviceId, SampleType type, DateTime start, DateTime? end, double value, SleepStage? stage = null) =>
        new() { OwnerId = ownerId, DeviceId = deviceId, Type = type, Start = start, End = end, Value = value, Stage = stage };

    private static DateTime Utc(DateOnly day, int hour, int minute, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(new TimeOnly(hour, minute));
        while (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }
}
