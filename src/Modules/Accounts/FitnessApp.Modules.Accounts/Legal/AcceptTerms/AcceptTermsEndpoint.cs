using System.Security.Claims;
using FitnessApp.Modules.Accounts.Consent;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Accounts.Legal.AcceptTerms;

internal static class AcceptTermsEndpoint
{
    public sealed record Body(string? Version);

    public static void MapAcceptTerms(this IEndpointRouteBuilder group) =>
        group.MapPost("/me/terms", Handle)
            .RequireAuthorization()
            .WithName("AcceptTerms")
            .WithSummary("Accept the terms and privacy policy in force ({\"version\": \"…\"} as GET /terms answers); needed after the version changes")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<Ok<PrivacyResponse>> Handle(Body? body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new AcceptTerms(principal.GetUserId(), body?.Version), cancellationToken));
}
