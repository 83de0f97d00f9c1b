using System.IO.Compression;
using FitnessApp.Modules.Devices.Data;
using FitnessApp.Modules.Devices.Files;
using FitnessApp.Modules.Devices.Files.Fit;
using FitnessApp.Modules.Devices.Files.Gpx;
using FitnessApp.Modules.Devices.Files.Tcx;
using FitnessApp.Modules.Devices.Imports.Domain;
using FitnessApp.Modules.Devices.Imports.Files;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Devices.Consent;

/// <summary>
/// The kept originals of an athlete's imports that hold heart rate (a sample or a lap with it): read again one at a
/// time and deleted, so that no stored file keeps a measurement the athlete no longer consents to. The import file
/// row stays, without its original, so the download can say why it is gone (410). Files are not rewritten: FIT cannot
/// be without re-encoding it, and one rule for the three formats is simpler to state (docs/adr/0015).
/// </summary>
internal static class OriginalsWithHeartRate
{
    public static async Task DeleteAsync(DevicesDbContext db, Guid owner, CancellationToken cancellationToken)
    {
        var kept = await db.ImportFiles.Where(f => f.AthleteId == owner && f.OriginalBlobId != null)
            .Select(f => new { f.Id, BlobId = f.OriginalBlobId!.Value })
            .ToListAsync(cancellationToken);
        foreach (var file in kept)
        {
            var blob = await db.ImportBlobs.AsNoTracking().SingleOrDefaultAsync(b => b.Id == file.BlobId, cancellationToken);
            if (blob is not null && !HoldsHeartRate(blob))
            {
                continue;
            }

            await db.ImportFiles.Where(f => f.Id == file.Id)
                .ExecuteUpdateAsync(update => update.SetProperty(f => f.OriginalBlobId, (Guid?)null), cancellationToken);
            await db.ImportBlobs.Where(b => b.Id == file.BlobId).ExecuteDeleteAsync(cancellationToken);
        }
    }

    /// <summary>True when the original has heart rate, or cannot be read any more (then it is not kept either).</summary>
    public static bool HoldsHeartRate(ImportBlob blob)
    {
        try
        {
            using var compressed = new MemoryStream(blob.Content, writable: false);
            using var content = new MemoryStream();
            using (var gunzip = new GZipStream(compressed, CompressionMode.Decompress))
            {
                gunzip.CopyTo(content);
            }

            content.Position = 0;
            IActivityFileParser parser = FileSniffer.Sniff(content.GetBuffer().AsSpan(0, (int)Math.Min(content.Length, FileSniffer.HeadLength))) switch
            {
                FileKind.Fit => new FitParser(),
                FileKind.Gpx => new GpxParser(),
                FileKind.Tcx => new TcxParser(),
                _ => throw new InvalidDataException("Not an activity file."),
            };
            return parser.Parse(content).Any(activity =>
                activity.Samples.Any(s => s.HeartRate is not null) || activity.Laps.Any(l => l.AverageHeartRate is not null || l.MaxHeartRate is not null));
        }
        catch (Exception exception) when (exception is InvalidDataException or ActivityFileException or IOException)
        {
            return true;
        }
    }
}
