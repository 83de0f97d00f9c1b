using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Accounts.Consent.SetHealthDataConsent;

internal static class SetHealthDataConsentEndpoint
{
    public sealed record Body(bool? Granted);

    public static void MapSetHealthDataConsent(this IEndpointRouteBuilder group) =>
        group.MapPut("/me/consents/health-data", Handle)
            .RequireAuthorization()
            .WithName("SetHealthDataConsent")
            .WithSummary("Give ({\"granted\": true}) or withdraw ({\"granted\": false}) the consent to store heart rate, weight and sleep; withdrawing deletes what was stored")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<Ok<PrivacyResponse>> Handle(Body? body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new SetHealthDataConsent(principal.GetUserId(), body?.Granted), cancellationToken));
}
