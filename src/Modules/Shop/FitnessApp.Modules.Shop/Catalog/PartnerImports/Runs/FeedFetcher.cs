using FitnessApp.Modules.Shop.Catalog.PartnerImports.Domain;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Shop.Catalog.PartnerImports.Runs;

/// <summary>Opens a feed's URL as a stream, refusing bodies over <see cref="PartnerImportOptions.MaxFeedBytes"/>.</summary>
internal sealed class FeedFetcher(IHttpClientFactory clients, IOptions<PartnerImportOptions> options)
{
    public const string ClientName = "shop-partner-feeds";

    public async Task<Stream> OpenAsync(PartnerFeed feed, CancellationToken cancellationToken)
    {
        if (feed.Url is null)
        {
            throw new FeedFetchException("The feed has no URL: upload a file instead.");
        }

        var client = clients.CreateClient(ClientName);
        var max = options.Value.MaxFeedBytes;
        HttpResponseMessage response;
        try
        {
            response = await client.GetAsync(new Uri(feed.Url), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw new FeedFetchException($"The feed could not be fetched: {exception.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new FeedFetchException("The partner did not answer in time.");
        }

        if (!response.IsSuccessStatusCode)
        {
            response.Dispose();
            throw new FeedFetchException($"The partner answered {(int)response.StatusCode} {response.ReasonPhrase}.");
        }

        if (response.Content.Headers.ContentLength > max)
        {
            response.Dispose();
            throw new FeedFetchException($"The feed is larger than {max} bytes.");
        }

        return new LimitedStream(await response.Content.ReadAsStreamAsync(cancellationToken), max, response);
    }
}

/// <summary>The feed could not be fetched (network, HTTP status, size).</summary>
internal sealed class FeedFetchException(string message) : Exception(message);
