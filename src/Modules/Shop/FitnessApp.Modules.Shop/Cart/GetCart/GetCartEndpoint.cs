using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Shop.Cart.GetCart;

internal static class GetCartEndpoint
{
    public static void MapGetCart(this IEndpointRouteBuilder group) =>
        group.MapGet(CartRoutes.Cart, Handle)
            .WithName("GetCart")
            .WithSummary("The signed-in athlete's cart: lines with current prices, availability flags and the subtotal computed by the server")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<Ok<CartResponse>> Handle(ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetCart(principal.GetUserId()), cancellationToken));
}
