using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace FitnessApp.Modules.Devices.Imports.Files;

/// <summary>
/// Uploads go to temporary files (deleted when closed), never whole into memory: copied with a byte limit,
/// gunzipped with size and ratio limits, hashed by streaming.
/// </summary>
internal static class TempFiles
{
    private const int BufferSize = 81920;

    public static FileStream Create() =>
        new(Path.Combine(Path.GetTempPath(), $"fitnessapp-import-{Guid.NewGuid():N}.tmp"), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, BufferSize, FileOptions.DeleteOnClose | FileOptions.Asynchronous);

    /// <summary>Copies <paramref name="source"/> to a temporary file positioned at 0; more than <paramref name="maxBytes"/> is 413.</summary>
    public static async Task<FileStream> CopyAsync(Stream source, long maxBytes, CancellationToken cancellationToken)
    {
        var target = Create();
        try
        {
            await CopyLimitedAsync(source, target, maxBytes, () => throw TooLarge(maxBytes), cancellationToken);
            target.Position = 0;
            return target;
        }
        catch
        {
            await target.DisposeAsync();
            throw;
        }
    }

    /// <summary>The gzip's content in a temporary file, refused past <paramref name="maxBytes"/> or <paramref name="options"/>' ratio.</summary>
    public static async Task<FileStream> GunzipAsync(Stream gzip, ImportOptions options, CancellationToken cancellationToken)
    {
        var compressed = Math.Max(1, gzip.Length - gzip.Position);
        var target = Create();
        try
        {
            await using var inflate = new GZipStream(gzip, CompressionMode.Decompress, leaveOpen: true);
            await CopyLimitedAsync(inflate, target, options.MaxDecompressedBytes,
                () => throw new ImportRejectedException(StatusCodes.Status413PayloadTooLarge, "gzip.tooLarge",
                    $"The gzip file expands to more than {Megabytes(options.MaxDecompressedBytes)}, the most an import accepts."),
                cancellationToken,
                written =>
                {
                    if (written > options.RatioCheckFromBytes && written / (double)compressed > options.MaxCompressionRatio)
                    {
                        throw new ImportRejectedException(StatusCodes.Status400BadRequest, "gzip.ratioTooHigh",
                            $"The gzip file expands more than {options.MaxCompressionRatio:0}-fold, which is refused as a possible decompression bomb.");
                    }
                });
            target.Position = 0;
            return target;
        }
        catch (InvalidDataException exception)
        {
            await target.DisposeAsync();
            throw new ImportRejectedException(StatusCodes.Status400BadRequest, "gzip.corrupt", $"The gzip file is damaged and cannot be decompressed ({exception.Message}).");
        }
        catch
        {
            await target.DisposeAsync();
            throw;
        }
    }

    /// <summary>SHA-256 of the rest of <paramref name="stream"/> as lower-case hex; the position is put back.</summary>
    public static async Task<string> Sha256Async(Stream stream, CancellationToken cancellationToken)
    {
        var start = stream.Position;
        var hash = await SHA256.HashDataAsync(stream, cancellationToken);
        stream.Position = start;
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>Up to <paramref name="count"/> leading bytes; the position is put back.</summary>
    public static async Task<byte[]> HeadAsync(Stream stream, int count, CancellationToken cancellationToken)
    {
        var start = stream.Position;
        var buffer = new byte[count];
        var read = await stream.ReadAtLeastAsync(buffer, count, throwOnEndOfStream: false, cancellationToken);
        stream.Position = start;
        return buffer[..read];
    }

    /// <summary>Our gzip of the whole stream (fastest level: originals are kept, not archived for the ages).</summary>
    public static async Task<byte[]> GzipAsync(Stream stream, CancellationToken cancellationToken)
    {
        stream.Position = 0;
        using var output = new MemoryStream();
        await using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            await stream.CopyToAsync(gzip, cancellationToken);
        }

        stream.Position = 0;
        return output.ToArray();
    }

    public static async Task<byte[]> ReadAllAsync(Stream stream, CancellationToken cancellationToken)
    {
        stream.Position = 0;
        var bytes = new byte[stream.Length];
        await stream.ReadExactlyAsync(bytes, cancellationToken);
        stream.Position = 0;
        return bytes;
    }

    public static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024):0.#} MB";

    public static ImportRejectedException TooLarge(long maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, "file.tooLarge", $"The file is larger than {Megabytes(maxBytes)}, the most an import accepts.");

    private static async Task CopyLimitedAsync(
        Stream source, Stream target, long maxBytes, Action overLimit, CancellationToken cancellationToken, Action<long>? check = null)
    {
        var buffer = new byte[BufferSize];
        long written = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            written += read;
            if (written > maxBytes)
            {
                overLimit();
            }

            check?.Invoke(written);
            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
    }
}
