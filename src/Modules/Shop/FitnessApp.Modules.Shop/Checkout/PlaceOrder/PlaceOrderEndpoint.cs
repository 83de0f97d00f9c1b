using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Shop.Orders;
using FitnessApp.Modules.Shop.Payments;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Shop.Checkout.PlaceOrder;

internal static class PlaceOrderEndpoint
{
    public static void MapPlaceOrder(this IEndpointRouteBuilder group) =>
        group.MapPost(OrderRoutes.Orders, Handle)
            .WithName("PlaceOrder")
            .WithSummary("Check out the cart (header Idempotency-Key required): 201 with the new order, 200 with the key's existing order, 422 for the key with another body; a card order carries its payment (redirectUrl, clientSecret), 503/502 when the card processor cannot take it (nothing is ordered)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithPaymentProblems();

    private static async Task<Results<Created<OrderResponse>, Ok<OrderResponse>>> Handle(
        PlaceOrderBody body, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, ClaimsPrincipal principal, HttpRequest request,
        IMediator mediator, CancellationToken cancellationToken)
    {
        var placed = await mediator.Send(new PlaceOrder(principal.GetUserId(), idempotencyKey, body, $"{request.Scheme}://{request.Host}{request.PathBase}"), cancellationToken);
        return placed.Created ? TypedResults.Created(OrderRoutes.Of(placed.Order.Id), placed.Order) : TypedResults.Ok(placed.Order);
    }
}
