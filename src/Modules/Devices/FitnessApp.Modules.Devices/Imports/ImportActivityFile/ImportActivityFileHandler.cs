using FitnessApp.Modules.Devices.Data;
using FitnessApp.Modules.Devices.Imports.Domain;
using FitnessApp.Modules.Devices.Imports.Files;
using FitnessApp.Modules.Devices.Imports.ZipImports;
using FitnessApp.Modules.Shared.Jobs;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Devices.Imports.ImportActivityFile;

internal sealed class ImportActivityFileHandler(
    DevicesDbContext db, ActivityFileImporter importer, IJobQueue jobs, IOptions<ImportOptions> options, TimeProvider clock)
    : IRequestHandler<ImportActivityFile, ImportResponse>
{
    public async Task<ImportResponse> Handle(ImportActivityFile request, CancellationToken cancellationToken)
    {
        var fileName = DisplayName(request.FileName);
        await using var spooled = await TempFiles.CopyAsync(request.Content, options.Value.MaxUploadBytes, cancellationToken);
        var kind = FileSniffer.Sniff(await TempFiles.HeadAsync(spooled, FileSniffer.HeadLength, cancellationToken));
        var import = new DeviceImport
        {
            Id = Guid.CreateVersion7(),
            AthleteId = request.AthleteId,
            Kind = kind == FileKind.Zip ? ImportKinds.Zip : ImportKinds.File,
            FileName = fileName,
            Status = ImportStatuses.Queued,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        if (kind != FileKind.Zip)
        {
            await importer.ImportAsync(import, 0, fileName, spooled, cancellationToken);
            return await ImportResponses.LoadAsync(db, import.Id, request.AthleteId, cancellationToken);
        }

        return await QueueZipAsync(import, spooled, cancellationToken);
    }

    private async Task<ImportResponse> QueueZipAsync(DeviceImport import, FileStream spooled, CancellationToken cancellationToken)
    {
        var claimed = FileSniffer.Claimed(import.FileName);
        if (claimed is not (FileKind.Zip or FileKind.Unknown))
        {
            throw new ImportRejectedException(StatusCodes.Status415UnsupportedMediaType, "file.formatMismatch",
                $"The file '{import.FileName}' is named as {FileSniffer.Describe(claimed)} but its content is a zip archive.");
        }

        using (var zip = ZipLimits.Open(spooled))
        {
            import.FileCount = ZipLimits.Check(zip, options.Value).Count;
        }

        var payload = new ImportBlob
        {
            Id = Guid.CreateVersion7(),
            AthleteId = import.AthleteId,
            FileName = import.FileName,
            ContentType = ContentTypes.Of("zip"),
            StoredAsUploaded = true,
            Size = spooled.Length,
            Content = await TempFiles.ReadAllAsync(spooled, cancellationToken),
        };
        import.Format = "zip";
        import.PayloadBlobId = payload.Id;
        db.ImportBlobs.Add(payload);
        db.Imports.Add(import);
        await db.SaveChangesAsync(cancellationToken);
        await jobs.EnqueueAsync<ZipImportJob>(import.Id.ToString(), cancellationToken);
        return ImportResponses.From(import, [], []);
    }

    /// <summary>Only the last segment of whatever the client called the file, for display; never used as a path.</summary>
    private static string DisplayName(string name)
    {
        var last = name.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.Trim();
        last = string.IsNullOrEmpty(last) ? "upload" : last;
        return last.Length <= 200 ? last : last[..200];
    }
}
