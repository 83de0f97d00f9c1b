using FitnessApp.Modules.Shared.Errors;
using Microsoft.AspNetCore.Http;

namespace FitnessApp.Modules.Shared.Web;

/// <summary>
/// Reads a request body as the exact bytes sent (a signed webhook is verified over them), refusing more than a limit
/// with 413 whether or not the sender declared a Content-Length.
/// </summary>
public static class RawBodyReader
{
    public static async Task<byte[]> ReadRawBodyAsync(this HttpRequest request, int maxBytes, string noun, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            throw TooLarge(maxBytes, noun);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw TooLarge(maxBytes, noun);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static PayloadTooLargeException TooLarge(int maxBytes, string noun) => new($"{noun} is at most {maxBytes} bytes.");
}
