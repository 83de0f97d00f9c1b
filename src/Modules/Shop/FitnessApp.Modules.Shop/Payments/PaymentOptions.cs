namespace FitnessApp.Modules.Shop.Payments;

/// <summary>Configuration section <c>Shop:Payments</c> (docs/shop-payments.md).</summary>
internal sealed class PaymentOptions
{
    public const string Section = "Shop:Payments";

    /// <summary>A card order still awaiting payment this long after it was placed is cancelled (after asking the processor).</summary>
    public int PendingTimeoutMinutes { get; set; } = 30;

    public CardProcessorOptions Card { get; set; } = new();
}

/// <summary><c>Shop:Payments:Card</c>: the card processor (Payment Intents shaped API). Card is offered only when configured.</summary>
internal sealed class CardProcessorOptions
{
    public string? BaseUrl { get; set; }

    public string? SecretKey { get; set; }

    public string? WebhookSecret { get; set; }

    /// <summary>Webhook events signed longer ago (or further ahead) than this are refused as replays.</summary>
    public int WebhookToleranceSeconds { get; set; } = 300;

    /// <summary>One call to the processor gives up after this long.</summary>
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>The portal's public address for the processor's return URL; when empty the caller's own address is used.</summary>
    public string? ReturnBaseUrl { get; set; }

    public bool IsConfigured =>
        Uri.TryCreate(BaseUrl, UriKind.Absolute, out _) && !string.IsNullOrWhiteSpace(SecretKey) && !string.IsNullOrWhiteSpace(WebhookSecret);
}
