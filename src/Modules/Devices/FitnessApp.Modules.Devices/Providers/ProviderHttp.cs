using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Devices.Providers;

/// <summary>
/// Calls a provider's API with the athlete's token, honouring its rate limits: a 429, or usage past our share of a
/// window (<c>X-RateLimit-Limit</c> / <c>X-RateLimit-Usage</c>, comma-separated per window as Strava sends them), throws
/// <see cref="ProviderRateLimitedException"/> so that the job retries later with backoff instead of calling again.
/// </summary>
internal sealed class ProviderHttp(IHttpClientFactory clients, IOptions<ProvidersOptions> options)
{
    public const string ClientName = "devices-providers";

    public HttpClient Client => clients.CreateClient(ClientName);

    /// <summary>Sends an API call; the caller disposes the response. 401 throws <see cref="ProviderAuthorizationException"/>.</summary>
    public async Task<HttpResponseMessage> GetAsync(Uri url, string accessToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        var response = await Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        try
        {
            CheckRateLimit(response, options.Value.RateLimitShare);
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                throw new ProviderAuthorizationException("The provider refused the access token (HTTP 401).");
            }

            if ((int)response.StatusCode >= 500)
            {
                throw new HttpRequestException($"The provider answered HTTP {(int)response.StatusCode}.", null, response.StatusCode);
            }

            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    public static void CheckRateLimit(HttpResponseMessage response, double share)
    {
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            throw new ProviderRateLimitedException("The provider's rate limit is reached (HTTP 429); retrying later.");
        }

        var limits = Numbers(response, "X-RateLimit-Limit");
        var usages = Numbers(response, "X-RateLimit-Usage");
        for (var i = 0; i < Math.Min(limits.Count, usages.Count); i++)
        {
            if (limits[i] > 0 && usages[i] >= limits[i] * share)
            {
                throw new ProviderRateLimitedException(
                    $"The provider's rate limit is nearly used ({usages[i]} of {limits[i]} in window {i + 1}); retrying later.");
            }
        }
    }

    private static List<long> Numbers(HttpResponseMessage response, string header) =>
        response.Headers.TryGetValues(header, out var values)
            ? [.. values.SelectMany(v => v.Split(',')).Select(v => long.TryParse(v.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1)]
            : [];
}
