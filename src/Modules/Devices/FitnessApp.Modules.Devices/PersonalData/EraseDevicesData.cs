using FitnessApp.Modules.Accounts.Contracts.PersonalData;
using FitnessApp.Modules.Devices.Data;
using FitnessApp.Modules.Shared.Idempotency;
using FitnessApp.Modules.Shared.Messaging.Inbox;
using FitnessApp.Modules.Shared.Messaging.Outbox;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Devices.PersonalData;

/// <summary>
/// Deletes every row of the erased user in the devices schema (a repeat finds nothing): devices and samples, daily
/// metrics, imports with their originals, provider connections (tokens included), their pending authorizations and
/// webhook events, synced activity links; outbox messages naming the user and idempotency records scoped to them.
/// Each connected provider is first asked to deauthorize the grant (best effort, <see cref="ProviderGrantRevocation"/>).
/// Then confirms to Accounts.
/// </summary>
internal sealed class EraseDevicesData(DevicesDbContext db, TimeProvider clock, IMediator mediator, ProviderGrantRevocation grants)
    : IntegrationEventHandler<AccountErasureRequested, DevicesDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(AccountErasureRequested integrationEvent, CancellationToken cancellationToken)
    {
        var userId = integrationEvent.UserId;
        await grants.RevokeAllAsync(userId, cancellationToken);
        await Db.DeviceSamples.Where(s => s.OwnerId == userId).ExecuteDeleteAsync(cancellationToken);
        await Db.DeviceWorkouts.Where(w => w.OwnerId == userId).ExecuteDeleteAsync(cancellationToken);
        await Db.DeviceRegistrations.Where(d => d.OwnerId == userId).ExecuteDeleteAsync(cancellationToken);
        await Db.DailyMetrics.Where(m => m.OwnerId == userId).ExecuteDeleteAsync(cancellationToken);
        await Db.ImportDedupeKeys.Where(k => k.AthleteId == userId).ExecuteDeleteAsync(cancellationToken);
        await Db.ImportedActivities.Where(a => a.AthleteId == userId).ExecuteDeleteAsync(cancellationToken);
        await Db.ImportFiles.Where(f => f.AthleteId == userId).ExecuteDeleteAsync(cancellationToken);
        await Db.Imports.Where(i => i.AthleteId == userId).ExecuteDeleteAsync(cancellationToken);
        await Db.ImportBlobs.Where(b => b.AthleteId == userId).ExecuteDeleteAsync(cancellationToken);
        await Db.ProviderEvents
            .Where(e => Db.ProviderConnections.Any(c => c.AthleteId == userId && c.Provider == e.Provider && c.ProviderAthleteId == e.ProviderAthleteId))
            .ExecuteDeleteAsync(cancellationToken);
        await Db.ProviderAuthorizations.Where(a => a.AthleteId == userId).ExecuteDeleteAsync(cancellationToken);
        await Db.SyncedActivities.Where(s => s.AthleteId == userId).ExecuteDeleteAsync(cancellationToken);
        await Db.ProviderConnections.Where(c => c.AthleteId == userId).ExecuteDeleteAsync(cancellationToken);

        var id = userId.ToString();
        var compactId = userId.ToString("N");
        await Db.Set<OutboxMessage>().Where(m => m.Payload.Contains(id) || m.Payload.Contains(compactId)).ExecuteDeleteAsync(cancellationToken);
        await Db.Set<IdempotencyRecord>().Where(r => r.Scope == id || r.Scope == compactId).ExecuteDeleteAsync(cancellationToken);

        await mediator.Send(new ConfirmAccountErasure(userId, DevicesModule.ModuleName), cancellationToken);
    }
}
