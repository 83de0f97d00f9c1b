using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace FitnessApp.Modules.Shared.Idempotency;

public static class IdempotencyKey
{
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeaderName = "Idempotent-Replayed";
    public const int MaxLength = 200;

    /// <summary>SHA-256 over method, path, query and body, streamed so that large uploads are not copied.</summary>
    internal static async Task<string> HashRequestAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        if (request.Body.CanSeek)
        {
            request.Body.Position = 0;
            var buffer = new byte[81920];
            int read;
            while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                hash.AppendData(buffer, 0, read);
            }

            request.Body.Position = 0;
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
