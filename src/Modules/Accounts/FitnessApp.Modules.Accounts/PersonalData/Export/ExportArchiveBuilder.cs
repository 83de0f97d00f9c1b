using System.IO.Compression;
using System.Text.Json;
using FitnessApp.Modules.Accounts.Contracts.PersonalData;

namespace FitnessApp.Modules.Accounts.PersonalData.Export;

/// <summary>
/// Builds the zip of one user's data: each registered <see cref="IPersonalDataExporter"/> writes its folder (in module
/// order), then <c>manifest.json</c> lists the modules and files. Spooled to a temporary file, not held in memory twice.
/// </summary>
internal sealed class ExportArchiveBuilder(IEnumerable<IPersonalDataExporter> exporters)
{
    public async Task<BuiltArchive> BuildAsync(Guid exportId, Guid userId, DateTime createdAt, CancellationToken cancellationToken)
    {
        await using var spool = new FileStream(
            Path.Combine(Path.GetTempPath(), $"fitnessapp-export-{exportId:N}.zip"), FileMode.Create, FileAccess.ReadWrite, FileShare.None,
            81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        var modules = new List<ExportManifestModule>();
        await using (var zip = new ZipArchive(spool, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var exporter in exporters.OrderBy(e => e.Module, StringComparer.Ordinal))
            {
                var writer = new ZipPersonalDataWriter(zip, exporter.Module);
                await exporter.ExportAsync(userId, writer, cancellationToken);
                modules.Add(new ExportManifestModule(exporter.Module, writer.Files));
            }

            var manifest = new ExportManifest(ExportManifest.CurrentFormatVersion, userId, exportId, createdAt, modules);
            await using var stream = await zip.CreateEntry(ExportManifest.FileName, CompressionLevel.Optimal).OpenAsync(cancellationToken);
            await JsonSerializer.SerializeAsync(stream, manifest, PersonalDataJson.Options, cancellationToken);
        }

        var content = new byte[spool.Length];
        spool.Position = 0;
        await spool.ReadExactlyAsync(content, cancellationToken);
        return new BuiltArchive(content, modules.Sum(m => m.Files.Count) + 1);
    }
}

internal sealed record BuiltArchive(byte[] Content, int FileCount);
