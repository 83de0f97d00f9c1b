using FitnessApp.Modules.Devices.Data;
using FitnessApp.Modules.Shared.Messaging.Inbox;
using FitnessApp.Modules.Training.Contracts.Activities;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Devices.Imports.ReleaseDuplicates;

/// <summary>
/// When Training deletes an imported activity, its file may be imported again: the activity's device + start key and
/// the content hash of the file it came from are released. Once per event (inbox); a second delivery finds nothing to do.
/// </summary>
internal sealed class ReleaseDuplicateKeysOnActivityDeleted(DevicesDbContext db, TimeProvider clock)
    : IntegrationEventHandler<ActivityDeleted, DevicesDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(ActivityDeleted integrationEvent, CancellationToken cancellationToken)
    {
        var files = await Db.ImportDedupeKeys
            .Where(k => k.ActivityId == integrationEvent.ActivityId && k.AthleteId == integrationEvent.AthleteId)
            .Select(k => k.ImportFileId)
            .Distinct()
            .ToListAsync(cancellationToken);
        var released = await Db.ImportDedupeKeys
            .Where(k => k.AthleteId == integrationEvent.AthleteId
                && (k.ActivityId == integrationEvent.ActivityId || (files.Contains(k.ImportFileId) && k.Key.StartsWith("sha256:"))))
            .ToListAsync(cancellationToken);
        Db.ImportDedupeKeys.RemoveRange(released);
    }
}
