using System.Text.Json;

namespace FitnessApp.Modules.Shop.Payments.Webhooks;

/// <summary>
/// A processor webhook event, the members we use: <c>id</c>, <c>type</c> and from <c>data.object</c> the intent id (the object's
/// own id for payment_intent.*, <c>payment_intent</c> for charge.*), the failure message and the refunds of a charge.
/// </summary>
internal sealed record ProcessorEvent(string Id, string Type, string? IntentId, string? FailureMessage, IReadOnlyList<ProcessorEventRefund> Refunds)
{
    public const string Succeeded = "payment_intent.succeeded";
    public const string PaymentFailed = "payment_intent.payment_failed";
    public const string ChargeRefunded = "charge.refunded";

    /// <summary>Null when the body is not an event (no id or type).</summary>
    public static ProcessorEvent? Parse(ReadOnlySpan<byte> body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body.ToArray());
        }
        catch (JsonException)
        {
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Text(root, "id") is not { Length: > 0 and <= 100 } id || Text(root, "type") is not { Length: > 0 and <= 60 } type)
            {
                return null;
            }

            var data = root.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object && d.TryGetProperty("object", out var o) && o.ValueKind == JsonValueKind.Object
                ? o
                : default;
            if (data.ValueKind != JsonValueKind.Object)
            {
                return new ProcessorEvent(id, type, null, null, []);
            }

            var intentId = type.StartsWith("payment_intent.", StringComparison.Ordinal) ? Text(data, "id") : Text(data, "payment_intent");
            var failure = data.TryGetProperty("last_payment_error", out var error) && error.ValueKind == JsonValueKind.Object ? Text(error, "message") : null;
            var refunds = new List<ProcessorEventRefund>();
            if (data.TryGetProperty("refunds", out var list) && list.ValueKind == JsonValueKind.Object
                && list.TryGetProperty("data", out var items) && items.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in items.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.Object && Text(item, "id") is { Length: > 0 and <= 100 } refundId
                        && item.TryGetProperty("amount", out var amount) && amount.TryGetInt64(out var minor) && minor > 0)
                    {
                        var ours = item.TryGetProperty("metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object
                            && Guid.TryParse(Text(metadata, "refund_id"), out var g) ? g : (Guid?)null;
                        refunds.Add(new ProcessorEventRefund(refundId, minor, ours));
                    }
                }
            }

            return new ProcessorEvent(id, type, intentId, failure, refunds);
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

/// <param name="RefundId">Our refund id when we asked for the refund (metadata refund_id).</param>
internal sealed record ProcessorEventRefund(string ProcessorRefundId, long AmountMinor, Guid? RefundId);
