using FitnessApp.Modules.Accounts.Contracts.Consent;
using FitnessApp.Modules.Shared.Messaging.Inbox;
using FitnessApp.Modules.Training.Data;
using FitnessApp.Modules.Training.Streams;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Training.Consent;

/// <summary>
/// The athlete withdrew the health-data consent: the heart rate of their activities goes (average and maximum, the
/// stream's heart-rate channel, and the heart-rate parts of the stored statistics: averages, zones, split averages).
/// The training load computed from it stays: it is a derived number, not the measurement. Idempotent.
/// </summary>
internal sealed class DeleteHeartRateOnConsentWithdrawn(TrainingDbContext db, TimeProvider clock)
    : IntegrationEventHandler<HealthDataConsentWithdrawn, TrainingDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(HealthDataConsentWithdrawn integrationEvent, CancellationToken cancellationToken)
    {
        var owner = integrationEvent.UserId;
        var activities = Db.Activities.Where(a => a.OwnerId == owner);
        await activities.Where(a => a.AverageHeartRate != null || a.MaxHeartRate != null)
            .ExecuteUpdateAsync(update => update.SetProperty(a => a.AverageHeartRate, (int?)null).SetProperty(a => a.MaxHeartRate, (int?)null), cancellationToken);

        // The channel flags first, so that only the streams that hold heart rate are loaded with their samples.
        var channels = await Db.ActivityStreams.Where(s => activities.Any(a => a.Id == s.ActivityId))
            .Select(s => new { s.ActivityId, s.Channels })
            .ToListAsync(cancellationToken);
        var withHeartRate = channels.Where(s => s.Channels.HasFlag(StreamChannels.HeartRate)).Select(s => s.ActivityId).ToList();
        foreach (var chunk in withHeartRate.Chunk(50))
        {
            var streams = await Db.ActivityStreams.Where(s => chunk.Contains(s.ActivityId)).ToListAsync(cancellationToken);
            foreach (var stream in streams)
            {
                StreamsWithoutHeartRate.Strip(Db.Entry(stream));
            }
        }
    }
}
