using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Shop.Orders.DeliverOrder;

internal static class DeliverOrderEndpoint
{
    public static void MapDeliverOrder(this IEndpointRouteBuilder operators) =>
        operators.MapPost(OrderRoutes.AdminDeliver, Handle)
            .WithName("DeliverOrder")
            .WithSummary("Operators: mark a shipped order delivered (cash on delivery becomes paid)")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Ok<OrderResponse>> Handle(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new DeliverOrder(id), cancellationToken));
}
