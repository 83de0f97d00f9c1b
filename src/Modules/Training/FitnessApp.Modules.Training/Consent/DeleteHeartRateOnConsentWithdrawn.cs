using FitnessApp.Modules.Accounts.Contracts.Consent;
using FitnessApp.Modules.Shared.Messaging.Inbox;
using FitnessApp.Modules.Training.Data;
using FitnessApp.Modules.Training.Progress;
using FitnessApp.Modules.Training.Statistics;
using FitnessApp.Modules.Training.Streams;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Training.Consent;

/// <summary>
/// The athlete withdrew the health-data consent: the heart rate of their activities goes (average and maximum, the
/// stream's heart-rate channel, and the heart-rate parts of the stored statistics: averages, zones, split averages).
/// A training load computed from heart rate (Banister TRIMP) is computed again without it, from the perceived effort or
/// the sport's default (docs/adr/0015-consent-and-health-data.md). Idempotent: a second run finds no heart rate left.
/// </summary>
internal sealed class DeleteHeartRateOnConsentWithdrawn(TrainingDbContext db, IMediator mediator, TimeProvider clock)
    : IntegrationEventHandler<HealthDataConsentWithdrawn, TrainingDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(HealthDataConsentWithdrawn integrationEvent, CancellationToken cancellationToken)
    {
        var owner = integrationEvent.UserId;
        var activities = Db.Activities.Where(a => a.OwnerId == owner);
        var loads = await LoadsWithoutHeartRateAsync(owner, cancellationToken);
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
                StreamsWithoutHeartRate.Strip(Db.Entry(stream), loads.TryGetValue(stream.ActivityId, out var load) ? load : null);
            }
        }
    }

    /// <summary>Recomputes, without heart rate, the load of every activity whose load came from it; answers the new loads.</summary>
    private async Task<Dictionary<Guid, TrainingLoad>> LoadsWithoutHeartRateAsync(Guid owner, CancellationToken cancellationToken)
    {
        var fromHeartRate = await Db.Activities
            .Where(a => a.OwnerId == owner && a.TrainingLoadMethod == TrainingLoadMethod.BanisterTrimp)
            .Select(a => new { a.Id, a.Sport, a.ElapsedSeconds, a.MovingSeconds, a.PerceivedEffort, a.LocalDate })
            .ToListAsync(cancellationToken);
        var loads = new Dictionary<Guid, TrainingLoad>();
        if (fromHeartRate.Count == 0)
        {
            return loads;
        }

        var profile = await AthleteProfiles.LoadAsync(mediator, owner, cancellationToken);
        foreach (var activity in fromHeartRate)
        {
            var seconds = activity.MovingSeconds > 0 ? activity.MovingSeconds : activity.ElapsedSeconds;
            var load = TrainingLoads.Estimate(activity.Sport, seconds, null, activity.PerceivedEffort, AthleteProfiles.ForStatistics(profile, activity.LocalDate));
            loads[activity.Id] = load;
            await Db.Activities.Where(a => a.Id == activity.Id).ExecuteUpdateAsync(
                update => update.SetProperty(a => a.TrainingLoad, load.Value).SetProperty(a => a.TrainingLoadMethod, load.Method),
                cancellationToken);
        }

        return loads;
    }
}
