using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Shop.Payments.Gateways;

/// <summary>
/// The card processor's HTTP API (shaped like Stripe's Payment Intents: form-encoded requests, JSON answers, bearer secret
/// key, <c>Idempotency-Key</c> on every write). A transient failure is retried once with the same idempotency key, so the
/// processor does the write at most once.
/// </summary>
internal sealed class CardProcessorClient(HttpClient http, IOptions<PaymentOptions> options)
{
    public const string IdempotencyHeader = "Idempotency-Key";
    private const int Attempts = 2;

    public async Task<ProcessorIntent> CreateIntentAsync(Guid orderId, long amountMinor, string currency, string returnUrl, CancellationToken cancellationToken) =>
        (await SendAsync<ProcessorIntent>(
            HttpMethod.Post, "v1/payment_intents", orderId.ToString(),
            [
                new("amount", amountMinor.ToString(CultureInfo.InvariantCulture)),
                new("currency", currency.ToLowerInvariant()),
                new("metadata[order_id]", orderId.ToString()),
                new("return_url", returnUrl),
            ],
            cancellationToken))!;

    /// <summary>The intent, or null when the processor does not know it.</summary>
    public Task<ProcessorIntent?> GetIntentAsync(string intentId, CancellationToken cancellationToken) =>
        SendAsync<ProcessorIntent>(HttpMethod.Get, $"v1/payment_intents/{Uri.EscapeDataString(intentId)}", null, null, cancellationToken, notFoundIsNull: true);

    public Task<ProcessorIntent?> CancelIntentAsync(string intentId, CancellationToken cancellationToken) =>
        SendAsync<ProcessorIntent>(HttpMethod.Post, $"v1/payment_intents/{Uri.EscapeDataString(intentId)}/cancel", $"cancel-{intentId}", [], cancellationToken, notFoundIsNull: true);

    public async Task<ProcessorRefund> RefundAsync(string intentId, Guid refundId, long amountMinor, CancellationToken cancellationToken) =>
        (await SendAsync<ProcessorRefund>(
            HttpMethod.Post, "v1/refunds", refundId.ToString(),
            [
                new("payment_intent", intentId),
                new("amount", amountMinor.ToString(CultureInfo.InvariantCulture)),
                new("metadata[refund_id]", refundId.ToString()),
            ],
            cancellationToken))!;

    private async Task<T?> SendAsync<T>(
        HttpMethod method, string path, string? idempotencyKey, IReadOnlyList<KeyValuePair<string, string>>? form, CancellationToken cancellationToken,
        bool notFoundIsNull = false)
        where T : class
    {
        var card = options.Value.Card;
        var url = new Uri(new Uri(card.BaseUrl!.TrimEnd('/') + "/"), path);
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, url);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", card.SecretKey);
            if (idempotencyKey is not null)
            {
                request.Headers.Add(IdempotencyHeader, idempotencyKey);
            }

            if (form is not null)
            {
                request.Content = new FormUrlEncodedContent(form);
            }

            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, cancellationToken);
            }
            catch (HttpRequestException exception)
            {
                if (attempt < Attempts)
                {
                    continue;
                }

                throw PaymentProcessorException.Unavailable($"unreachable: {exception.Message}");
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw PaymentProcessorException.Unavailable($"no answer within {card.TimeoutSeconds} s");
            }

            using (response)
            {
                if (notFoundIsNull && response.StatusCode == HttpStatusCode.NotFound)
                {
                    return null;
                }

                if ((int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    if (attempt < Attempts)
                    {
                        continue;
                    }

                    throw PaymentProcessorException.Unavailable($"HTTP {(int)response.StatusCode}");
                }

                if (!response.IsSuccessStatusCode)
                {
                    var error = await ReadAsync<ProcessorErrorBody>(response, cancellationToken);
                    throw PaymentProcessorException.BadAnswer($"HTTP {(int)response.StatusCode}: {error?.Error?.Message ?? response.ReasonPhrase}");
                }

                return await ReadAsync<T>(response, cancellationToken) ?? throw PaymentProcessorException.BadAnswer("an empty answer");
            }
        }
    }

    private static async Task<T?> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<T>(cancellationToken);
        }
        catch (JsonException)
        {
            throw PaymentProcessorException.BadAnswer("an answer that is not the JSON expected");
        }
        catch (NotSupportedException)
        {
            throw PaymentProcessorException.BadAnswer("an answer that is not JSON");
        }
    }
}
