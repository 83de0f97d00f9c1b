using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using FitnessApp.Modules.Shop.Payments.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FitnessApp.Testing.Payments;

/// <summary>
/// A card processor shaped like Stripe's Payment Intents, on 127.0.0.1 with a random port: intents (idempotent by
/// <c>Idempotency-Key</c>), refunds, a hosted confirmation page that fires the signed webhook, and switches to fail or go down.
/// Every API call is recorded. Tests post webhooks themselves (<see cref="PostEventAsync"/>) or let the hosted page send them
/// to <see cref="WebhookTarget"/>. Compiled into the integration and the browser tests (linked from tests/Shared).
/// </summary>
public sealed class FakeCardProcessor : IAsyncDisposable
{
    public const string SecretKey = "sk_test_fake_processor";
    public const string WebhookSecret = "whsec_fake_processor";
    public const string WebhookPath = "/api/v1/shop/payments/webhook";

    private readonly ConcurrentDictionary<string, FakeIntent> _intents = new();
    private readonly ConcurrentDictionary<string, string> _intentByKey = new();
    private readonly ConcurrentDictionary<string, FakeRefundRecord> _refundByKey = new();
    private readonly Lock _lock = new();
    private WebApplication? _app;
    private int _failNext;

    public string BaseUrl { get; private set; } = string.Empty;

    public ConcurrentQueue<RecordedCall> Calls { get; } = new();

    /// <summary>Answers every API call with 503 while set.</summary>
    public bool Down { get; set; }

    /// <summary>Where the hosted page sends the webhook after a confirmation (the app under test).</summary>
    public HttpClient? WebhookTarget { get; set; }

    public IReadOnlyCollection<FakeIntent> Intents => _intents.Values.ToList();

    public IReadOnlyCollection<FakeRefundRecord> Refunds => _refundByKey.Values.ToList();

    /// <summary>The next <paramref name="count"/> API calls answer 500 (a transient failure the client may retry).</summary>
    public void FailNext(int count) => Interlocked.Exchange(ref _failNext, count);

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Use(async (context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments("/v1"))
            {
                await next(context);
                return;
            }

            var form = context.Request.HasFormContentType ? (await context.Request.ReadFormAsync()).ToDictionary(f => f.Key, f => f.Value.ToString()) : [];
            Calls.Enqueue(new RecordedCall(context.Request.Method, context.Request.Path.Value!, context.Request.Headers["Idempotency-Key"].ToString(), form));
            if (context.Request.Headers.Authorization.ToString() != $"Bearer {SecretKey}")
            {
                await Error(context, 401, "Invalid API key.");
                return;
            }

            if (Down)
            {
                await Error(context, 503, "Down for maintenance.");
                return;
            }

            if (Interlocked.Decrement(ref _failNext) >= 0)
            {
                await Error(context, 500, "Transient failure.");
                return;
            }

            context.Items["form"] = form;
            await next(context);
        });
        _app.MapPost("/v1/payment_intents", CreateIntent);
        _app.MapGet("/v1/payment_intents/{id}", (string id) => _intents.TryGetValue(id, out var intent) ? Results.Json(intent.Json()) : NotFound());
        _app.MapPost("/v1/payment_intents/{id}/cancel", CancelIntent);
        _app.MapPost("/v1/refunds", CreateRefund);
        _app.MapGet("/pay/{id}", HostedPage);
        _app.MapPost("/pay/{id}/confirm", ConfirmAsync);
        await _app.StartAsync();
        BaseUrl = _app.Urls.First();
    }

    public FakeIntent IntentOf(Guid orderId) => _intents.Values.Single(i => i.OrderId == orderId.ToString());

    /// <summary>Settles the intent at the processor without sending a webhook (a lost webhook).</summary>
    public void Settle(string intentId, bool succeeded) => _intents[intentId].Status = succeeded ? "succeeded" : "requires_payment_method";

    public static JsonElement Event(string type, FakeIntent intent, string? eventId = null, string? failure = null) =>
        JsonSerializer.SerializeToElement(new
        {
            id = eventId ?? $"evt_{Guid.NewGuid():N}",
            @object = "event",
            type,
            data = new { @object = new { id = intent.Id, @object = "payment_intent", status = type.EndsWith("succeeded", StringComparison.Ordinal) ? "succeeded" : "requires_payment_method", amount = intent.Amount, last_payment_error = failure is null ? null : new { message = failure } } },
        });

    public static JsonElement RefundedEvent(FakeIntent intent, params (string Id, long Amount, Guid? RefundId)[] refunds) =>
        JsonSerializer.SerializeToElement(new
        {
            id = $"evt_{Guid.NewGuid():N}",
            @object = "event",
            type = "charge.refunded",
            data = new
            {
                @object = new
                {
                    id = $"ch_{intent.Id}",
                    @object = "charge",
                    payment_intent = intent.Id,
                    amount_refunded = refunds.Sum(r => r.Amount),
                    refunds = new { data = refunds.Select(r => new { id = r.Id, amount = r.Amount, metadata = r.RefundId is { } g ? new Dictionary<string, string> { ["refund_id"] = g.ToString() } : [] }) },
                },
            },
        });

    /// <summary>Posts <paramref name="e"/> to the app as the processor would, signed at <paramref name="at"/> (now by default).</summary>
    public static Task<HttpResponseMessage> PostEventAsync(HttpClient app, JsonElement e, DateTimeOffset? at = null, string secret = WebhookSecret, string? signature = null)
    {
        var body = Encoding.UTF8.GetBytes(e.GetRawText());
        var request = new HttpRequestMessage(HttpMethod.Post, WebhookPath) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add(WebhookSignature.Header, signature ?? WebhookSignature.Sign(secret, (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds(), body));
        return app.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _app, null) is { } app)
        {
            await app.DisposeAsync();
        }
    }

    private IResult CreateIntent(HttpContext context)
    {
        var form = (Dictionary<string, string>)context.Items["form"]!;
        var key = context.Request.Headers["Idempotency-Key"].ToString();
        if (key.Length == 0)
        {
            return Results.Json(new { error = new { message = "Idempotency-Key is required by this fake." } }, statusCode: 400);
        }

        lock (_lock)
        {
            if (_intentByKey.TryGetValue(key, out var existing))
            {
                return Results.Json(_intents[existing].Json());
            }

            var id = $"pi_{Guid.NewGuid():N}";
            var intent = new FakeIntent(id, long.Parse(form["amount"], System.Globalization.CultureInfo.InvariantCulture), form["currency"], form.GetValueOrDefault("metadata[order_id]"), form.GetValueOrDefault("return_url"), $"{BaseUrl}/pay/{id}");
            _intents[id] = intent;
            _intentByKey[key] = id;
            return Results.Json(intent.Json());
        }
    }

    private IResult CancelIntent(string id)
    {
        if (!_intents.TryGetValue(id, out var intent))
        {
            return NotFound();
        }

        if (intent.Status == "succeeded")
        {
            return Results.Json(new { error = new { message = "A succeeded intent cannot be canceled." } }, statusCode: 400);
        }

        intent.Status = "canceled";
        return Results.Json(intent.Json());
    }

    private IResult CreateRefund(HttpContext context)
    {
        var form = (Dictionary<string, string>)context.Items["form"]!;
        var key = context.Request.Headers["Idempotency-Key"].ToString();
        lock (_lock)
        {
            if (_refundByKey.TryGetValue(key, out var existing))
            {
                return Results.Json(existing.Json());
            }

            if (!_intents.TryGetValue(form.GetValueOrDefault("payment_intent") ?? string.Empty, out var intent) || intent.Status != "succeeded")
            {
                return Results.Json(new { error = new { message = "No succeeded payment intent to refund." } }, statusCode: 400);
            }

            var refund = new FakeRefundRecord($"re_{Guid.NewGuid():N}", intent.Id, long.Parse(form["amount"], System.Globalization.CultureInfo.InvariantCulture), key, form.GetValueOrDefault("metadata[refund_id]"));
            _refundByKey[key] = refund;
            return Results.Json(refund.Json());
        }
    }

    private IResult HostedPage(string id) =>
        _intents.TryGetValue(id, out var intent)
            ? Results.Content(
                $"""
                <!doctype html><html><head><title>Fake processor</title></head><body>
                <h1 id="fake-processor">Pay {intent.Amount / 100m:0.00} {intent.Currency.ToUpperInvariant()}</h1>
                <form method="post" action="/pay/{id}/confirm?outcome=succeed"><button id="fake-pay" type="submit">Pay</button></form>
                <form method="post" action="/pay/{id}/confirm?outcome=fail"><button id="fake-decline" type="submit">Decline</button></form>
                </body></html>
                """, "text/html")
            : NotFound();

    private async Task<IResult> ConfirmAsync(string id, string? outcome)
    {
        if (!_intents.TryGetValue(id, out var intent))
        {
            return NotFound();
        }

        var succeeded = outcome != "fail";
        intent.Status = succeeded ? "succeeded" : "requires_payment_method";
        if (WebhookTarget is { } target)
        {
            using var response = await PostEventAsync(
                target, Event(succeeded ? "payment_intent.succeeded" : "payment_intent.payment_failed", intent, failure: succeeded ? null : "Your card was declined."));
        }

        return Results.Redirect($"{intent.ReturnUrl}?payment_intent={id}&redirect_status={(succeeded ? "succeeded" : "failed")}");
    }

    private static IResult NotFound() => Results.Json(new { error = new { message = "No such object." } }, statusCode: (int)HttpStatusCode.NotFound);

    private static Task Error(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { error = new { message } });
    }
}

public sealed record RecordedCall(string Method, string Path, string IdempotencyKey, IReadOnlyDictionary<string, string> Form);

public sealed class FakeIntent(string id, long amount, string currency, string? orderId, string? returnUrl, string hostedUrl)
{
    public string Id { get; } = id;

    public long Amount { get; } = amount;

    public string Currency { get; } = currency;

    public string? OrderId { get; } = orderId;

    public string? ReturnUrl { get; } = returnUrl;

    public string ClientSecret { get; } = $"{id}_secret_{Guid.NewGuid():N}";

    public string Status { get; set; } = "requires_action";

    public object Json() => new
    {
        id = Id,
        @object = "payment_intent",
        amount = Amount,
        currency = Currency,
        status = Status,
        client_secret = ClientSecret,
        metadata = new Dictionary<string, string?> { ["order_id"] = OrderId },
        next_action = Status == "requires_action" ? new { type = "redirect_to_url", redirect_to_url = new { url = hostedUrl, return_url = ReturnUrl } } : null,
    };
}

public sealed record FakeRefundRecord(string Id, string IntentId, long Amount, string IdempotencyKey, string? RefundId)
{
    public object Json() => new { id = Id, @object = "refund", amount = Amount, payment_intent = IntentId, status = "succeeded", metadata = new Dictionary<string, string?> { ["refund_id"] = RefundId } };
}
