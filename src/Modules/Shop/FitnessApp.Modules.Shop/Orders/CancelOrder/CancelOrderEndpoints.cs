using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Shop.Payments;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Shop.Orders.CancelOrder;

internal static class CancelOrderEndpoints
{
    public static void MapCancelMyOrder(this IEndpointRouteBuilder group) =>
        group.MapPost(OrderRoutes.Cancel, HandleMine)
            .WithName("CancelMyOrder")
            .WithSummary("Cancel one of the customer's orders before shipment (stock, points and promo code use go back)")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithPaymentProblems();

    public static void MapCancelAnyOrder(this IEndpointRouteBuilder operators) =>
        operators.MapPost(OrderRoutes.AdminCancel, HandleAny)
            .WithName("CancelOrder")
            .WithSummary("Operators: cancel an order before shipment")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithPaymentProblems();

    private static async Task<Ok<OrderResponse>> HandleMine(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new CancelOrder(id, principal.GetUserId(), principal.GetUserId()), cancellationToken));

    private static async Task<Ok<OrderResponse>> HandleAny(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new CancelOrder(id, null, principal.GetUserId()), cancellationToken));
}
