using System.Security.Claims;
using FitnessApp.Modules.Loyalty.Contracts.Promotions;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Shared.Web;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Loyalty.Promotions.CheckPromoCode;

/// <summary>
/// Athletes (the shop's checkout, mobile apps): whether a code applies to an order. Guessing codes is the abuse to curb,
/// so it shares the per-client limit of the sign-in endpoints.
/// </summary>
internal static class CheckPromoCodeEndpoint
{
    /// <param name="Currency">ISO 4217, e.g. EUR.</param>
    /// <param name="Country">The shipping country, ISO 3166 alpha-2, e.g. DE.</param>
    public sealed record Body(string? Code, decimal? OrderAmount, string? Currency, string? Country);

    /// <param name="Reason">When it does not apply: unknown, notYetValid, expired, exhausted, perUserLimitReached, countryNotAllowed, levelTooLow, orderTooSmall or currencyMismatch.</param>
    public sealed record Response(string Code, bool Applies, decimal Discount, string Currency, string? Reason);

    public static void MapCheckPromoCode(this IEndpointRouteBuilder group) =>
        group.MapPost(PromoRoutes.Check, Handle)
            .RequireRateLimiting(PlatformPolicies.AuthRateLimit)
            .WithName("CheckPromoCode")
            .WithSummary("Whether a promo code applies to the signed-in athlete's order, with the discount or the reason (reserves nothing)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    private static async Task<Ok<Response>> Handle(Body body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        var check = await mediator.Send(
            new Contracts.Promotions.ValidatePromoCode(principal.GetUserId(), body.Code, body.OrderAmount, body.Currency, body.Country), cancellationToken);
        return TypedResults.Ok(new Response(check.Code, check.Applies, check.Discount, check.Currency, check.Reason is { } reason ? WireNames.Of(reason) : null));
    }
}
