using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Shop.Cart.SetCartItem;

internal static class SetCartItemEndpoint
{
    public sealed record Body(int? Quantity);

    public static void MapSetCartItem(this IEndpointRouteBuilder group) =>
        group.MapPut(CartRoutes.Item, Handle)
            .WithName("SetCartItem")
            .WithSummary("Put a variant in the cart with a quantity (1..99, at most the stock); unknown or unsold variants are 404")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Ok<CartResponse>> Handle(Guid skuId, Body body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new SetCartItem(principal.GetUserId(), skuId, body.Quantity), cancellationToken));
}
