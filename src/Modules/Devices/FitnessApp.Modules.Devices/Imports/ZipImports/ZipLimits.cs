using System.IO.Compression;
using FitnessApp.Modules.Devices.Imports.Files;
using Microsoft.AspNetCore.Http;

namespace FitnessApp.Modules.Devices.Imports.ZipImports;

/// <summary>
/// A zip is checked from its central directory before it is accepted (entry count, declared sizes, ratios, nested
/// archives), and again while each entry is extracted (<see cref="ExtractAsync"/> counts the bytes it really gets, since
/// a declared size can lie). Entry names are only ever shown, never used as paths.
/// </summary>
internal static class ZipLimits
{
    /// <summary>The entries to import (folders and macOS resource forks left out); throws when a limit is broken.</summary>
    public static List<ZipArchiveEntry> Check(ZipArchive zip, ImportOptions options)
    {
        if (zip.Entries.Count > options.MaxZipEntries)
        {
            throw Rejected(StatusCodes.Status400BadRequest, "zip.tooManyEntries",
                $"The zip holds {zip.Entries.Count} entries; at most {options.MaxZipEntries} are accepted.");
        }

        long total = 0;
        var files = new List<ZipArchiveEntry>();
        foreach (var entry in zip.Entries)
        {
            if (entry.FullName.EndsWith('/') || entry.FullName.StartsWith("__MACOSX/", StringComparison.Ordinal) || entry.Name.Length == 0)
            {
                continue;
            }

            if (FileSniffer.Claimed(entry.Name) == FileKind.Zip)
            {
                throw Rejected(StatusCodes.Status400BadRequest, "zip.nested", $"The zip holds another zip ('{NameOf(entry)}'); nested archives are refused.");
            }

            if (entry.Length > options.MaxDecompressedBytes)
            {
                throw Rejected(StatusCodes.Status413PayloadTooLarge, "zip.entryTooLarge",
                    $"'{NameOf(entry)}' expands to {TempFiles.Megabytes(entry.Length)}; at most {TempFiles.Megabytes(options.MaxDecompressedBytes)} per file.");
            }

            if (entry.Length > options.RatioCheckFromBytes && entry.Length / (double)Math.Max(1, entry.CompressedLength) > options.MaxCompressionRatio)
            {
                throw Rejected(StatusCodes.Status400BadRequest, "zip.ratioTooHigh",
                    $"'{NameOf(entry)}' expands more than {options.MaxCompressionRatio:0}-fold, which is refused as a possible zip bomb.");
            }

            total += entry.Length;
            if (total > options.MaxZipTotalBytes)
            {
                throw Rejected(StatusCodes.Status413PayloadTooLarge, "zip.tooLarge",
                    $"The zip expands to more than {TempFiles.Megabytes(options.MaxZipTotalBytes)} in total, the most an import accepts.");
            }

            files.Add(entry);
        }

        return files.Count > 0
            ? files
            : throw Rejected(StatusCodes.Status400BadRequest, "zip.empty", "The zip holds no files.");
    }

    /// <summary>Opens the zip's central directory; a damaged zip is 400.</summary>
    public static ZipArchive Open(Stream stream)
    {
        try
        {
            return new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException exception)
        {
            throw Rejected(StatusCodes.Status400BadRequest, "zip.corrupt", $"The zip archive is damaged ({exception.Message}).");
        }
    }

    /// <summary>The entry's bytes in a temporary file, at most <paramref name="maxBytes"/> of them whatever its header says.</summary>
    public static async Task<FileStream> ExtractAsync(ZipArchiveEntry entry, long maxBytes, CancellationToken cancellationToken)
    {
        try
        {
            await using var content = await entry.OpenAsync(cancellationToken);
            return await TempFiles.CopyAsync(content, maxBytes, cancellationToken);
        }
        catch (InvalidDataException exception)
        {
            throw Rejected(StatusCodes.Status400BadRequest, "zip.corrupt", $"'{NameOf(entry)}' is damaged in the zip ({exception.Message}).");
        }
        catch (ImportRejectedException rejected) when (rejected.Code == "file.tooLarge")
        {
            throw Rejected(StatusCodes.Status413PayloadTooLarge, "zip.entryTooLarge", $"'{NameOf(entry)}' expands to more than its limit of {TempFiles.Megabytes(maxBytes)}.");
        }
    }

    /// <summary>What to show for an entry: its name without folders, cut to a column's length.</summary>
    public static string NameOf(ZipArchiveEntry entry) => entry.Name.Length <= 200 ? entry.Name : entry.Name[..200];

    private static ImportRejectedException Rejected(int status, string code, string message) => new(status, code, message);
}
