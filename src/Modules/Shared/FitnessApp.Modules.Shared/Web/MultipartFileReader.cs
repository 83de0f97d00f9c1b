using FitnessApp.Modules.Shared.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace FitnessApp.Modules.Shared.Web;

/// <summary>
/// What a file-upload endpoint accepts: the multipart field, the most bytes of the file, what the file is called in
/// messages ("the screenshot"), and the 413 error (by default <see cref="PayloadTooLargeException"/>; a module
/// that answers its own problem code passes its exception).
/// </summary>
public sealed record MultipartFileLimit(string Field, long MaxBytes, string Noun)
{
    public const long DefaultOverhead = 64 * 1024;

    /// <summary>Room for the multipart envelope around the file itself.</summary>
    public long Overhead { get; init; } = DefaultOverhead;

    /// <summary>The most bytes of the whole body (the endpoint's request size limit).</summary>
    public long BodyLimit => MaxBytes + Overhead;

    public Func<long, Exception> TooLarge { get; init; } = max => new PayloadTooLargeException($"The upload may be at most {max / 1024} KB.");
}

/// <summary>One uploaded file: its content (buffered by the form reader, on disk past 64 KB), name and declared type.</summary>
public sealed class UploadedFile(IFormFile file)
{
    public string FileName => file.FileName;

    public string ContentType => file.ContentType;

    public long Length => file.Length;

    public Stream OpenReadStream() => file.OpenReadStream();

    public async Task<byte[]> ReadAllBytesAsync(CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}

/// <summary>
/// Reads one file field of a multipart body within a byte limit: refuses an announced oversized body before reading
/// it, raises the server's body limit to the upload's, and turns the form reader's failures into a 413 (too large)
/// or a 400 naming the field (not multipart, unreadable or cut short, no file).
/// </summary>
public static class MultipartFileReader
{
    public static async Task<UploadedFile> ReadFileAsync(this HttpRequest request, MultipartFileLimit limit, CancellationToken cancellationToken)
    {
        var bodyLimit = limit.BodyLimit;
        if (!request.HasFormContentType || !request.ContentType!.Contains("multipart/", StringComparison.OrdinalIgnoreCase))
        {
            throw FieldErrors.For(limit.Field, $"Send {limit.Noun} as multipart/form-data in the field '{limit.Field}'.");
        }

        if (request.ContentLength > bodyLimit)
        {
            throw limit.TooLarge(limit.MaxBytes);
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = bodyLimit;
        }

        IFormCollection form;
        try
        {
            form = await new FormFeature(request, new FormOptions { MultipartBodyLengthLimit = bodyLimit }).ReadFormAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException && !cancellationToken.IsCancellationRequested)
        {
            // Kestrel's body limit is a BadHttpRequestException (an IOException) with 413; a truncated body is an IOException too.
            throw exception is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
                || (exception is InvalidDataException && exception.Message.Contains("length limit", StringComparison.OrdinalIgnoreCase))
                ? limit.TooLarge(limit.MaxBytes)
                : FieldErrors.For(limit.Field, $"The multipart body cannot be read: {exception.Message}");
        }

        if (form.Files.GetFile(limit.Field) is not { } file)
        {
            throw FieldErrors.For(limit.Field, $"Send {limit.Noun} in the multipart field '{limit.Field}'.");
        }

        return file.Length > limit.MaxBytes ? throw limit.TooLarge(limit.MaxBytes) : new UploadedFile(file);
    }
}
