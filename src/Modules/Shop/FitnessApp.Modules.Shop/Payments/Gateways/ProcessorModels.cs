using System.Text.Json.Serialization;

namespace FitnessApp.Modules.Shop.Payments.Gateways;

/// <summary>A payment intent as the processor describes it (Stripe's Payment Intents shape, the members we read).</summary>
internal sealed record ProcessorIntent(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("amount")] long Amount,
    [property: JsonPropertyName("currency")] string? Currency,
    [property: JsonPropertyName("client_secret")] string? ClientSecret,
    [property: JsonPropertyName("next_action")] ProcessorNextAction? NextAction,
    [property: JsonPropertyName("last_payment_error")] ProcessorError? LastPaymentError,
    [property: JsonPropertyName("metadata")] Dictionary<string, string>? Metadata)
{
    public const string Succeeded = "succeeded";
    public const string Canceled = "canceled";
    public const string Processing = "processing";

    public string? RedirectUrl => NextAction?.RedirectToUrl?.Url;
}

internal sealed record ProcessorNextAction(
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("redirect_to_url")] ProcessorRedirect? RedirectToUrl);

internal sealed record ProcessorRedirect([property: JsonPropertyName("url")] string? Url);

internal sealed record ProcessorError(
    [property: JsonPropertyName("message")] string? Message,
    [property: JsonPropertyName("code")] string? Code);

internal sealed record ProcessorErrorBody([property: JsonPropertyName("error")] ProcessorError? Error);

internal sealed record ProcessorRefund(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("amount")] long Amount,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("metadata")] Dictionary<string, string>? Metadata);
