using FitnessApp.Modules.Devices.Data;
using FitnessApp.Modules.Devices.Files;
using FitnessApp.Modules.Devices.Providers.Domain;
using FitnessApp.Modules.Devices.Providers.OAuth;
using FitnessApp.Modules.Shared.Data;
using FitnessApp.Modules.Training.Contracts.Tracks;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Devices.Providers.Sync;

/// <summary>
/// What one webhook event means: an activity created (or updated before we had it) is pulled and recorded in Training
/// once per provider activity; a deleted one is deleted in Training; a deauthorization revokes the connection.
/// Failures worth retrying are rethrown for the job's retry policy; the others end the event as failed.
/// </summary>
internal sealed class ProviderEventProcessor(
    DevicesDbContext db,
    ProviderConnectors connectors,
    ConnectionTokens tokens,
    IOptions<ProvidersOptions> options,
    IMediator mediator,
    TimeProvider clock,
    ILogger<ProviderEventProcessor> logger)
{
    /// <summary>Processes the event unless it is already finished; answers what became of it.</summary>
    public async Task<string> ProcessAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var providerEvent = await db.ProviderEvents.SingleOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        if (providerEvent is null || providerEvent.Status != ProviderEventStatus.Pending)
        {
            return providerEvent?.Status.ToString() ?? "Unknown event";
        }

        providerEvent.Attempts++;
        var connection = await db.ProviderConnections.FirstOrDefaultAsync(
            c => c.Provider == providerEvent.Provider && c.ProviderAthleteId == providerEvent.ProviderAthleteId && c.Status == ConnectionStatus.Connected,
            cancellationToken);
        if (connection is null)
        {
            return await FinishAsync(providerEvent, ProviderEventStatus.Ignored, "No athlete here is connected to this provider account.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            var (status, note) = providerEvent.Kind switch
            {
                ProviderEventKind.Deauthorized => Deauthorize(connection, now),
                ProviderEventKind.ActivityDeleted => await DeleteAsync(providerEvent, connection, cancellationToken),
                _ => await ImportAsync(providerEvent, connection, cancellationToken),
            };
            if (status == ProviderEventStatus.Done)
            {
                connection.LastSyncAt = now;
            }

            return await FinishAsync(providerEvent, status, note);
        }
        catch (Exception exception) when (exception is ProviderRateLimitedException or HttpRequestException or TaskCanceledException
            && !cancellationToken.IsCancellationRequested)
        {
            providerEvent.Error = Cut(exception.Message);
            connection.Failed(exception.Message, now);
            await db.SaveChangesAsync(CancellationToken.None);
            logger.LogWarning("Provider event {EventId} ({Provider}) will be retried: {Reason}", eventId, providerEvent.Provider, exception.Message);
            throw;
        }
        catch (Exception exception) when (exception is ProviderAuthorizationException or ActivityFileException or ValidationException)
        {
            if (exception is ProviderAuthorizationException && connection.IsActive)
            {
                connection.Forget(ConnectionStatus.NeedsReconnect, now);
            }

            connection.Failed(exception.Message, now);
            return await FinishAsync(providerEvent, ProviderEventStatus.Failed, exception.Message);
        }
    }

    private static (ProviderEventStatus, string) Deauthorize(ProviderConnection connection, DateTime now)
    {
        connection.Forget(ConnectionStatus.Revoked, now);
        connection.Failed("Access was revoked at the provider.", now);
        return (ProviderEventStatus.Done, "Connection revoked; tokens deleted.");
    }

    private async Task<(ProviderEventStatus, string)> DeleteAsync(ProviderEvent providerEvent, ProviderConnection connection, CancellationToken cancellationToken)
    {
        var synced = await db.SyncedActivities.SingleOrDefaultAsync(
            s => s.Provider == providerEvent.Provider && s.ProviderActivityId == providerEvent.ObjectId && s.AthleteId == connection.AthleteId,
            cancellationToken);
        if (synced is null)
        {
            return (ProviderEventStatus.Ignored, "The activity was never synced.");
        }

        await mediator.Send(new DeleteTrackActivity(synced.TrainingActivityId, synced.AthleteId), cancellationToken);
        db.SyncedActivities.Remove(synced);
        return (ProviderEventStatus.Done, $"Deleted activity {synced.TrainingActivityId}.");
    }

    private async Task<(ProviderEventStatus, string)> ImportAsync(ProviderEvent providerEvent, ProviderConnection connection, CancellationToken cancellationToken)
    {
        if (await IsSyncedAsync(providerEvent, cancellationToken))
        {
            return (ProviderEventStatus.Done, "Already synced.");
        }

        var connector = connectors.Get(providerEvent.Provider);
        var accessToken = await tokens.AccessTokenAsync(connector, connection, cancellationToken);
        var command = await connector.FetchAsync(options.Value.For(connector.Name), providerEvent, connection, accessToken, cancellationToken);
        if (command is null)
        {
            return (ProviderEventStatus.Ignored, "The provider has no track for this activity.");
        }

        var recorded = await mediator.Send(command, cancellationToken);
        var synced = new SyncedActivity
        {
            Provider = providerEvent.Provider,
            ProviderActivityId = providerEvent.ObjectId,
            AthleteId = connection.AthleteId,
            TrainingActivityId = recorded.ActivityId,
            SyncedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.SyncedActivities.Add(synced);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // Another run recorded it first (two events for one activity at once): keep theirs, drop ours.
            db.Entry(synced).State = EntityState.Detached;
            await mediator.Send(new DeleteTrackActivity(recorded.ActivityId, connection.AthleteId), CancellationToken.None);
            return (ProviderEventStatus.Done, "Already synced.");
        }

        return (ProviderEventStatus.Done, $"Recorded activity {recorded.ActivityId}.");
    }

    private Task<bool> IsSyncedAsync(ProviderEvent providerEvent, CancellationToken cancellationToken) =>
        db.SyncedActivities.AnyAsync(s => s.Provider == providerEvent.Provider && s.ProviderActivityId == providerEvent.ObjectId, cancellationToken);

    private async Task<string> FinishAsync(ProviderEvent providerEvent, ProviderEventStatus status, string note)
    {
        providerEvent.Status = status;
        providerEvent.ProcessedAt = clock.GetUtcNow().UtcDateTime;
        providerEvent.Error = status == ProviderEventStatus.Failed ? Cut(note) : null;
        await db.SaveChangesAsync(CancellationToken.None);
        return $"{status}: {note}";
    }

    private static string Cut(string text) => text.Length > ProviderConnection.ErrorMaxLength ? text[..ProviderConnection.ErrorMaxLength] : text;
}
