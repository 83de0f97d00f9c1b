using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Shop.Orders.ShipOrder;

internal static class ShipOrderEndpoint
{
    public sealed record Body(string? TrackingNumber);

    public static void MapShipOrder(this IEndpointRouteBuilder operators) =>
        operators.MapPost(OrderRoutes.AdminShip, Handle)
            .WithName("ShipOrder")
            .WithSummary("Operators: mark an order shipped with its tracking number")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Ok<OrderResponse>> Handle(Guid id, Body body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ShipOrder(id, body.TrackingNumber), cancellationToken));
}
