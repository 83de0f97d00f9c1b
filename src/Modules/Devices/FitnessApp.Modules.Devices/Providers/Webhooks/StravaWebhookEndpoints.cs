using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Devices.Providers.Webhooks;

internal static class StravaWebhookEndpoints
{
    private const string Route = ProviderRoutes.Providers + "/" + ProviderNames.Strava + "/webhook";

    public static void MapStravaWebhook(this IEndpointRouteBuilder group)
    {
        group.MapGet(Route, Verify)
            .AllowAnonymous()
            .WithName("VerifyStravaSubscription")
            .WithSummary("Strava's push subscription handshake: echoes hub.challenge when hub.verify_token is ours")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPost(Route, Receive)
            .AllowAnonymous()
            .WithName("ReceiveStravaEvent")
            .WithSummary("A Strava push event (activity create/update/delete, athlete deauthorization): stored and queued, answered at once")
            .ProducesValidationProblem();
    }

    private static async Task<Ok<Dictionary<string, string>>> Verify(
        [FromQuery(Name = "hub.mode")] string? mode,
        [FromQuery(Name = "hub.challenge")] string? challenge,
        [FromQuery(Name = "hub.verify_token")] string? verifyToken,
        IMediator mediator,
        CancellationToken cancellationToken)
    {
        var echoed = await mediator.Send(new VerifyStravaSubscription(mode, challenge, verifyToken), cancellationToken);
        return TypedResults.Ok(new Dictionary<string, string> { ["hub.challenge"] = echoed });
    }

    private static async Task<Ok> Receive(StravaWebhookEvent body, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new ReceiveStravaEvent(body), cancellationToken);
        return TypedResults.Ok();
    }
}
