using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Shop.Cart.RemoveCartItem;

internal static class RemoveCartItemEndpoint
{
    public static void MapRemoveCartItem(this IEndpointRouteBuilder group) =>
        group.MapDelete(CartRoutes.Item, Handle)
            .WithName("RemoveCartItem")
            .WithSummary("Take a variant out of the cart")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<NoContent> Handle(Guid skuId, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new RemoveCartItem(principal.GetUserId(), skuId), cancellationToken);
        return TypedResults.NoContent();
    }
}
