using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Shop.Orders.GetOrder;

internal static class GetOrderEndpoints
{
    public static void MapGetMyOrder(this IEndpointRouteBuilder group) =>
        group.MapGet(OrderRoutes.Order, HandleMine)
            .WithName("GetMyOrder")
            .WithSummary("One of the signed-in customer's orders (another customer's is 404)")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static void MapGetAnyOrder(this IEndpointRouteBuilder operators) =>
        operators.MapGet(OrderRoutes.AdminOrder, HandleAny)
            .WithName("GetOrder")
            .WithSummary("Operators: one order with its lines, address and refunds")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<OrderResponse>> HandleMine(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetOrder(id, principal.GetUserId()), cancellationToken));

    private static async Task<Ok<OrderResponse>> HandleAny(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetOrder(id, null), cancellationToken));
}
