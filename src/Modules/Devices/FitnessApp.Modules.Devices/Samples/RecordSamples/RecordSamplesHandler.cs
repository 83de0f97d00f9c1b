using FitnessApp.Modules.Devices.Consent;
using FitnessApp.Modules.Devices.DailyMetrics;
using FitnessApp.Modules.Devices.Data;
using FitnessApp.Modules.Shared.Data;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Modules;
using FitnessApp.Modules.Shared.Web;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Devices.Samples.RecordSamples;

internal sealed class RecordSamplesHandler(DevicesDbContext db, TimeProvider clock, IMediator mediator, ModuleCatalog modules)
    : IRequestHandler<RecordSamples, RecordedSamples>
{
    private const string TrainingModule = "Training";

    public async Task<RecordedSamples> Handle(RecordSamples request, CancellationToken cancellationToken)
    {
        var (items, refused) = await HealthDataConsentFilter.ApplyAsync(mediator, request.OwnerId, request.Samples!, cancellationToken);
        var workouts = items.Where(s => s.Type == SampleTypes.Workout).ToList();
        if (workouts.Count > 0 && !modules.IsEnabled(TrainingModule))
        {
            throw FieldErrors.For("samples", "Workout sessions cannot be recorded: the Training module is switched off on this server.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var device = await db.DeviceRegistrations.SingleAsync(d => d.Id == request.DeviceId, cancellationToken);
        device.LastSeenAt = now;
        var zone = await AthleteZones.LoadAsync(mediator, request.OwnerId, cancellationToken);

        var days = new HashSet<DateOnly>();
        var (accepted, duplicates) = await UpsertSamplesAsync(request, items, zone, days, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            throw new ConflictException("Another batch from this device stored some of these samples at the same moment. Send the batch again: it is idempotent.");
        }

        await DailyMetricsStore.RecomputeAsync(db, request.OwnerId, zone, days, now, cancellationToken);

        var activities = new List<Guid>();
        foreach (var workout in workouts.GroupBy(w => w.Start!.Value.UtcDateTime))
        {
            duplicates += workout.Count() - 1;
            var start = workout.Key;
            if (await db.DeviceWorkouts.AnyAsync(w => w.DeviceId == request.DeviceId && w.Start == start, cancellationToken))
            {
                duplicates++;
                continue;
            }

            var command = WorkoutTracks.ToCommand(workout.Last(), request.OwnerId, AthleteZones.IanaIdOf(zone), request.DeviceName);
            var recorded = await mediator.Send(command, cancellationToken);
            db.DeviceWorkouts.Add(new DeviceWorkout { DeviceId = request.DeviceId, OwnerId = request.OwnerId, Start = start, ActivityId = recorded.ActivityId, CreatedAt = now });
            activities.Add(recorded.ActivityId);
            accepted++;
        }

        return new RecordedSamples(accepted, duplicates, activities, days.Order().ToList(), refused, refused > 0 ? HealthDataConsent.RefusedReason : null);
    }

    /// <summary>A re-sent sample (same device, type and start) replaces the stored one: the latest word of the device wins.</summary>
    private async Task<(int Accepted, int Duplicates)> UpsertSamplesAsync(RecordSamples request, IReadOnlyList<SampleInput> items, TimeZoneInfo zone, HashSet<DateOnly> days, CancellationToken cancellationToken)
    {
        var incoming = new Dictionary<(SampleType Type, DateTime Start), DeviceSample>();
        var duplicates = 0;
        foreach (var item in items)
        {
            if (SampleTypes.Stored(item.Type!) is not { } type)
            {
                continue;
            }

            var sample = ToSample(request, type, item);
            if (!incoming.TryAdd((type, sample.Start), sample))
            {
                incoming[(type, sample.Start)] = sample;
                duplicates++;
            }
        }

        if (incoming.Count == 0)
        {
            return (0, duplicates);
        }

        var first = incoming.Keys.Min(k => k.Start);
        var last = incoming.Keys.Max(k => k.Start);
        var stored = await db.DeviceSamples
            .Where(s => s.DeviceId == request.DeviceId && s.Start >= first && s.Start <= last)
            .ToDictionaryAsync(s => (s.Type, s.Start), cancellationToken);
        var accepted = 0;
        foreach (var (key, sample) in incoming)
        {
            AddDay(days, sample, zone);
            if (stored.TryGetValue(key, out var existing))
            {
                AddDay(days, existing, zone);
                existing.End = sample.End;
                existing.Value = sample.Value;
                existing.Stage = sample.Stage;
                duplicates++;
            }
            else
            {
                db.DeviceSamples.Add(sample);
                accepted++;
            }
        }

        return (accepted, duplicates);
    }

    private static DeviceSample ToSample(RecordSamples request, SampleType type, SampleInput item) => new()
    {
        DeviceId = request.DeviceId,
        OwnerId = request.OwnerId,
        Type = type,
        Start = (item.Time ?? item.Start)!.Value.UtcDateTime,
        End = item.End?.UtcDateTime,
        Value = type switch
        {
            SampleType.Steps => Math.Round(item.Count!.Value),
            SampleType.HeartRate or SampleType.RestingHeartRate => item.Bpm!.Value,
            SampleType.Weight => item.Kg!.Value,
            _ => 0,
        },
        Stage = type == SampleType.Sleep ? (item.Stage is null ? SleepStage.Asleep : WireNames.Parse<SleepStage>(item.Stage)) : null,
    };

    private static void AddDay(HashSet<DateOnly> days, DeviceSample sample, TimeZoneInfo zone)
    {
        if (sample.Type == SampleType.HeartRate)
        {
            return;
        }

        days.Add(DailyAggregation.DayOf(sample.Type == SampleType.Sleep ? sample.End!.Value : sample.Start, zone));
    }
}
