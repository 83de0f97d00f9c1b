using FitnessApp.Modules.Devices.Data;
using FitnessApp.Modules.Devices.Providers.Domain;
using FitnessApp.Modules.Devices.Providers.Sync;
using FitnessApp.Modules.Shared.Jobs;

namespace FitnessApp.Modules.Devices.Providers.Webhooks;

/// <summary>
/// Stores a received event and queues its processing; nothing calls the provider here, so a webhook is answered at
/// once. The event is committed before the job is queued, so the job always finds it.
/// </summary>
internal sealed class ProviderEventQueue(DevicesDbContext db, IJobQueue jobs, TimeProvider clock)
{
    public async Task<Guid> EnqueueAsync(
        string provider, ProviderEventKind kind, string objectId, string providerAthleteId, string? url, CancellationToken cancellationToken)
    {
        var providerEvent = new ProviderEvent
        {
            Provider = provider,
            Kind = kind,
            ObjectId = objectId,
            ProviderAthleteId = providerAthleteId,
            Url = url,
            ReceivedAt = clock.GetUtcNow().UtcDateTime,
            Status = ProviderEventStatus.Pending,
        };
        db.ProviderEvents.Add(providerEvent);
        await db.SaveChangesAsync(cancellationToken);
        await jobs.EnqueueAsync<ProviderEventJob>(providerEvent.Id.ToString(), cancellationToken);
        return providerEvent.Id;
    }
}
