using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Shop.Payments.Webhooks;

internal static class PaymentWebhookEndpoint
{
    public const string Route = "/payments/webhook";

    /// <summary>Processor events are a few kilobytes; anything far larger is not one.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    public sealed record Received(string EventId, string Outcome);

    /// <summary>
    /// Anonymous by decision: the processor has no account here. The signature over timestamp and raw body (the webhook secret
    /// is shared only with the processor) is the authentication; an unsigned, wrongly signed or stale call is 401 and ignored.
    /// </summary>
    public static void MapPaymentWebhook(this IEndpointRouteBuilder api) =>
        api.MapPost(Route, Handle)
            .AllowAnonymous()
            .WithName("ReceivePaymentEvent")
            .WithSummary($"The card processor's webhook ({WebhookSignature.Header}: t=<unix seconds>,v1=<hex HMAC-SHA256 of \"t.body\">): payment succeeded, failed, refunded; each event id once")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

    private static async Task<Ok<Received>> Handle(HttpRequest request, IOptions<PaymentOptions> options, TimeProvider clock, IMediator mediator, CancellationToken cancellationToken)
    {
        var card = options.Value.Card;
        var body = await request.ReadRawBodyAsync(MaxBodyBytes, "A webhook body", cancellationToken);
        var check = WebhookSignature.Verify(card.WebhookSecret, request.Headers[WebhookSignature.Header], body, clock.GetUtcNow(), TimeSpan.FromSeconds(card.WebhookToleranceSeconds));
        switch (check)
        {
            case SignatureCheck.Valid:
                break;
            case SignatureCheck.Expired:
                throw new UnauthorizedException($"The event was signed more than {card.WebhookToleranceSeconds} seconds from now: refused as a replay.");
            default:
                throw new UnauthorizedException($"The call is not signed with this shop's webhook secret ({WebhookSignature.Header}).");
        }

        var e = ProcessorEvent.Parse(body) ?? throw FieldErrors.For("body", "The body is not a processor event (JSON with id and type).");
        var outcome = await mediator.Send(new ReceivePaymentEvent(e), cancellationToken);
        return TypedResults.Ok(new Received(e.Id, WireNames.Of(outcome)));
    }
}
