using System.IO.Compression;
using FitnessApp.Modules.Devices.Data;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Errors;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Devices.Imports.DownloadOriginal;

/// <summary>
/// The file an activity was imported from, as uploaded; only for the athlete who imported it (404 otherwise). An
/// original deleted with the health-data consent (it held heart rate) is a <see cref="OriginalFileRemovedException"/> (410).
/// </summary>
internal sealed record GetOriginalFile(Guid ActivityId, Guid AthleteId) : IQuery<OriginalFile>;

/// <param name="Open">The original bytes (our gzip undone, or the uploaded .gz as it came).</param>
internal sealed record OriginalFile(string FileName, string ContentType, Func<Stream> Open);

internal sealed class OriginalFileRemovedException(Guid activityId)
    : Exception($"The original file of activity {activityId} is no longer kept: it held heart rate and was deleted when the health-data consent was withdrawn. The activity itself is kept.");

internal sealed class GetOriginalFileHandler(DevicesDbContext db) : IRequestHandler<GetOriginalFile, OriginalFile>
{
    public async Task<OriginalFile> Handle(GetOriginalFile request, CancellationToken cancellationToken)
    {
        var blobId = await (
                from activity in db.ImportedActivities
                join file in db.ImportFiles on activity.ImportFileId equals file.Id
                where activity.ActivityId == request.ActivityId && activity.AthleteId == request.AthleteId
                select new { file.OriginalBlobId })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Original file", request.ActivityId);
        var blob = await db.ImportBlobs.AsNoTracking().SingleOrDefaultAsync(b => b.Id == blobId.OriginalBlobId, cancellationToken)
            ?? throw new OriginalFileRemovedException(request.ActivityId);
        return new OriginalFile(blob.FileName, blob.ContentType, () => blob.StoredAsUploaded
            ? new MemoryStream(blob.Content, writable: false)
            : new GZipStream(new MemoryStream(blob.Content, writable: false), CompressionMode.Decompress));
    }
}
