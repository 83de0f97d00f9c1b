using System.Security.Claims;
using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Shop.Orders.ListMyOrders;

internal static class ListOrdersEndpoints
{
    public static void MapListMyOrders(this IEndpointRouteBuilder group) =>
        group.MapGet(OrderRoutes.Orders, async (string? status, string? cursor, int? limit, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ListOrders(principal.GetUserId(), status, cursor, limit), cancellationToken)))
            .WithName("ListMyOrders")
            .WithSummary("The signed-in customer's orders, newest first (keyset pages)")
            .Produces<Page<OrderSummary>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    public static void MapListAllOrders(this IEndpointRouteBuilder operators) =>
        operators.MapGet(OrderRoutes.AdminOrders, Handle)
            .WithName("ListOrders")
            .WithSummary("Operators: every order, newest first, optionally of one status (keyset pages)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

    private static async Task<Ok<Page<OrderSummary>>> Handle(string? status, string? cursor, int? limit, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListOrders(null, status, cursor, limit), cancellationToken));
}
