using FitnessApp.Modules.Devices.Files;
using FitnessApp.Modules.Devices.Files.Fit;
using FitnessApp.Modules.Devices.Files.Gpx;
using FitnessApp.Modules.Devices.Files.Tcx;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FitnessApp.Modules.Devices.Imports.Files;

/// <summary>An upload read: its format by content, whether it came gzipped, the hash of its content, its activities.</summary>
internal sealed record ReadFile(string Format, bool Gzipped, string Sha256, IReadOnlyList<ParsedActivity> Activities)
{
    public string StoredFormat => Gzipped ? Format + "+gzip" : Format;
}

/// <summary>
/// Turns a spooled upload into activities: gzip looked through, the format recognised by content and checked against
/// what the name claims, then parsed. Every refusal is an <see cref="ImportRejectedException"/> with a code.
/// </summary>
internal static class ActivityFileReader
{
    public static async Task<ReadFile> ReadAsync(FileStream upload, string fileName, ImportOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        var kind = FileSniffer.Sniff(await TempFiles.HeadAsync(upload, FileSniffer.HeadLength, cancellationToken));
        if (kind == FileKind.Gzip)
        {
            await using var content = await TempFiles.GunzipAsync(upload, options, cancellationToken);
            var inner = FileSniffer.Sniff(await TempFiles.HeadAsync(content, FileSniffer.HeadLength, cancellationToken));
            if (inner is FileKind.Gzip or FileKind.Zip)
            {
                throw Rejected(StatusCodes.Status415UnsupportedMediaType, "gzip.nested",
                    $"The gzip file holds {FileSniffer.Describe(inner)}; only a FIT, GPX or TCX file may be gzipped.");
            }

            upload.Position = 0;
            return await ParseAsync(content, inner, FileSniffer.ClaimedContent(fileName), gzipped: true, logger, cancellationToken);
        }

        if (kind == FileKind.Zip)
        {
            throw Rejected(StatusCodes.Status415UnsupportedMediaType, "zip.nested", "A zip archive cannot be imported from inside another archive.");
        }

        var claimed = FileSniffer.Claimed(fileName);
        if (claimed == FileKind.Gzip)
        {
            throw Mismatch(fileName, claimed, kind);
        }

        return await ParseAsync(upload, kind, claimed, gzipped: false, logger, cancellationToken);
    }

    private static async Task<ReadFile> ParseAsync(FileStream content, FileKind kind, FileKind claimed, bool gzipped, ILogger logger, CancellationToken cancellationToken)
    {
        if (kind == FileKind.Empty)
        {
            throw Rejected(StatusCodes.Status400BadRequest, "file.empty", gzipped ? "The gzip file is empty inside." : "The file is empty.");
        }

        var format = Resolve(kind, claimed);
        var sha256 = await TempFiles.Sha256Async(content, cancellationToken);
        IActivityFileParser parser = format switch
        {
            FileKind.Fit => new FitParser(),
            FileKind.Gpx => new GpxParser(),
            _ => new TcxParser(),
        };
        try
        {
            var activities = parser.Parse(content, cancellationToken);
            return activities.Count == 0
                ? throw Rejected(StatusCodes.Status400BadRequest, $"{parser.Format}.noActivity", "There is no recorded activity in this file.")
                : new ReadFile(parser.Format, gzipped, sha256, activities);
        }
        catch (ActivityFileException exception)
        {
            throw Rejected(StatusCodes.Status400BadRequest, exception.Code, exception.Message);
        }
        catch (Exception exception) when (exception is not (OperationCanceledException or ImportRejectedException))
        {
            // A parser fault must not become a 500: the file is what we could not read.
            logger.LogWarning(exception, "The {Format} parser failed on an upload", parser.Format);
            throw Rejected(StatusCodes.Status400BadRequest, $"{parser.Format}.unreadable", $"The {parser.Format.ToUpperInvariant()} file could not be read: it is damaged or not a valid activity file.");
        }
    }

    /// <summary>The content decides; a name that claims another format is refused rather than guessed around.</summary>
    private static FileKind Resolve(FileKind content, FileKind claimed)
    {
        if (content is FileKind.Fit or FileKind.Gpx or FileKind.Tcx)
        {
            return claimed is FileKind.Unknown || claimed == content ? content : throw Mismatch(null, claimed, content);
        }

        // XML whose root is hidden behind a DTD: the parser of the claimed format refuses it with its own reason.
        if (content == FileKind.Xml && claimed is FileKind.Gpx or FileKind.Tcx)
        {
            return claimed;
        }

        throw claimed is FileKind.Unknown
            ? Rejected(StatusCodes.Status415UnsupportedMediaType, "file.unknownFormat",
                $"The file is {FileSniffer.Describe(content)}; send a FIT, GPX or TCX file (optionally gzipped) or a zip of them.")
            : Mismatch(null, claimed, content);
    }

    private static ImportRejectedException Mismatch(string? fileName, FileKind claimed, FileKind content) =>
        Rejected(StatusCodes.Status415UnsupportedMediaType, "file.formatMismatch",
            $"The file{(fileName is null ? "" : $" '{fileName}'")} is named as {FileSniffer.Describe(claimed)} but its content is {FileSniffer.Describe(content)}.");

    private static ImportRejectedException Rejected(int status, string code, string message) => new(status, code, message);
}
