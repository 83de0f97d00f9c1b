using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Shop.Checkout.PlaceOrder;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Shop.Checkout.QuoteOrder;

internal static class QuoteOrderEndpoint
{
    public const string Route = "/checkout/quote";

    public static void MapQuoteOrder(this IEndpointRouteBuilder group) =>
        group.MapPost(Route, Handle)
            .WithName("QuoteOrder")
            .WithSummary("Price the cart as POST /orders would with this body (no Idempotency-Key), reserving nothing: totals plus the problems (promo code, points, cart) that placing it would meet")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<Ok<OrderQuote>> Handle(PlaceOrderBody body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new QuoteOrder(principal.GetUserId(), body), cancellationToken));
}
