using FitnessApp.Modules.Devices.Contracts.DailyMetrics;
using FitnessApp.Modules.Devices.Data;
using FitnessApp.Modules.Devices.Samples;
using FitnessApp.Modules.Shared.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Devices.DailyMetrics;

/// <summary>
/// Recomputes an athlete's daily rows for the given local days from every device's samples (idempotent: the same
/// samples always give the same rows). Changes are tracked on <paramref name="db"/>; the caller saves. A day whose step
/// count changed raises <see cref="DailyStepsChanged"/> in the same unit of work.
/// </summary>
internal static class DailyMetricsStore
{
    public static async Task RecomputeAsync(DevicesDbContext db, Guid ownerId, TimeZoneInfo zone, IReadOnlySet<DateOnly> days, DateTime now, CancellationToken cancellationToken)
    {
        if (days.Count == 0)
        {
            return;
        }

        // Local days are at most 14 h off UTC and a sleep lasts at most a day: two days either side hold every sample.
        var from = days.Min().AddDays(-2).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var to = days.Max().AddDays(3).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var samples = await db.DeviceSamples.AsNoTracking()
            .Where(s => s.OwnerId == ownerId && s.Type != SampleType.HeartRate && s.Start >= from && s.Start < to)
            .Select(s => new AggregationSample(s.DeviceId, s.Type, s.Start, s.End, s.Value, s.Stage))
            .ToListAsync(cancellationToken);
        var values = DailyAggregation.Compute(samples, zone, days);

        var first = days.Min();
        var last = days.Max();
        var existing = await db.DailyMetrics
            .Where(d => d.OwnerId == ownerId && d.Date >= first && d.Date <= last)
            .ToDictionaryAsync(d => d.Date, cancellationToken);
        foreach (var (day, value) in values)
        {
            existing.TryGetValue(day, out var row);
            var stepsBefore = row?.Steps ?? 0;
            if (value.IsEmpty)
            {
                if (row is not null)
                {
                    db.DailyMetrics.Remove(row);
                    RaiseIfStepsChanged(db, ownerId, day, stepsBefore, 0, now);
                }

                continue;
            }

            if (row is null)
            {
                row = new DailyMetric { OwnerId = ownerId, Date = day };
                db.DailyMetrics.Add(row);
            }

            row.Steps = value.Steps;
            row.RestingHeartRate = value.RestingHeartRate;
            row.SleepMinutes = value.SleepMinutes;
            row.WeightKg = value.WeightKg;
            row.UpdatedAt = now;
            RaiseIfStepsChanged(db, ownerId, day, stepsBefore, value.Steps ?? 0, now);
        }
    }

    private static void RaiseIfStepsChanged(DevicesDbContext db, Guid ownerId, DateOnly day, int before, int after, DateTime now)
    {
        if (before != after)
        {
            db.AddIntegrationEvent(new DailyStepsChanged(ownerId, day, after) { OccurredAt = now }, now);
        }
    }
}
