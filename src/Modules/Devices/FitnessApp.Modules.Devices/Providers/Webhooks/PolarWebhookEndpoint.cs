using System.Text.Json;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Devices.Providers.Webhooks;

internal static class PolarWebhookEndpoint
{
    public const string SignatureHeader = "Polar-Webhook-Signature";

    /// <summary>Webhook bodies are a few hundred bytes; anything far larger is not one.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    public static void MapPolarWebhook(this IEndpointRouteBuilder group) =>
        group.MapPost(ProviderRoutes.Providers + "/" + ProviderNames.Polar + "/webhook", Handle)
            .AllowAnonymous()
            .WithName("ReceivePolarEvent")
            .WithSummary($"A Polar webhook call, signed with HMAC-SHA256 of the raw body (hex in {SignatureHeader}); an EXERCISE is queued for import")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

    private static async Task<Ok> Handle(HttpRequest request, IOptions<ProvidersOptions> options, IMediator mediator, CancellationToken cancellationToken)
    {
        var body = await request.ReadRawBodyAsync(MaxBodyBytes, "A webhook body", cancellationToken);
        if (!WebhookSignature.IsValid(options.Value.Polar.WebhookSecret, body, request.Headers[SignatureHeader]))
        {
            throw new UnauthorizedException($"The webhook call is not signed with this server's secret ({SignatureHeader}).");
        }

        PolarWebhookEvent? e;
        try
        {
            e = JsonSerializer.Deserialize<PolarWebhookEvent>(body);
        }
        catch (JsonException)
        {
            throw FieldErrors.For("body", "The body is not a JSON webhook event.");
        }

        await mediator.Send(new ReceivePolarEvent(e ?? throw FieldErrors.For("body", "The body is empty.")), cancellationToken);
        return TypedResults.Ok();
    }
}
