using FitnessApp.Modules.Accounts.Contracts.Consent;
using FitnessApp.Modules.Devices.Data;
using FitnessApp.Modules.Devices.Samples;
using FitnessApp.Modules.Shared.Messaging.Inbox;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Devices.Consent;

/// <summary>
/// The athlete withdrew the health-data consent: their heart-rate, resting-heart-rate, sleep and weight samples are
/// deleted, the daily rows keep only the steps (a row with nothing left goes), and the kept originals of imported files
/// that hold heart rate are deleted (<see cref="OriginalsWithHeartRate"/>). Idempotent: a second run finds nothing.
/// </summary>
internal sealed class DeleteHealthDataOnConsentWithdrawn(DevicesDbContext db, TimeProvider clock)
    : IntegrationEventHandler<HealthDataConsentWithdrawn, DevicesDbContext>(db, clock)
{
    private static readonly SampleType[] HealthTypes = [SampleType.HeartRate, SampleType.RestingHeartRate, SampleType.Sleep, SampleType.Weight];

    protected override async Task HandleOnceAsync(HealthDataConsentWithdrawn integrationEvent, CancellationToken cancellationToken)
    {
        var owner = integrationEvent.UserId;
        await Db.DeviceSamples.Where(s => s.OwnerId == owner && HealthTypes.Contains(s.Type)).ExecuteDeleteAsync(cancellationToken);
        await Db.DailyMetrics.Where(d => d.OwnerId == owner && d.Steps == null).ExecuteDeleteAsync(cancellationToken);
        var now = Clock.GetUtcNow().UtcDateTime;
        await Db.DailyMetrics
            .Where(d => d.OwnerId == owner && (d.RestingHeartRate != null || d.SleepMinutes != null || d.WeightKg != null))
            .ExecuteUpdateAsync(
                update => update
                    .SetProperty(d => d.RestingHeartRate, (int?)null)
                    .SetProperty(d => d.SleepMinutes, (int?)null)
                    .SetProperty(d => d.WeightKg, (double?)null)
                    .SetProperty(d => d.UpdatedAt, now),
                cancellationToken);
        await OriginalsWithHeartRate.DeleteAsync(Db, owner, cancellationToken);
    }
}
