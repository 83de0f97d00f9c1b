using FitnessApp.Modules.Loyalty.Promotions.Admin;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Loyalty.Promotions.GetPromoCode;

internal static class GetPromoCodeEndpoint
{
    public static void MapGetPromoCode(this IEndpointRouteBuilder group) =>
        group.MapGet(PromoRoutes.Admin + "/{id:guid}", Handle)
            .WithName("GetPromoCode")
            .WithSummary("Operators: one promo code with its usage so far")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<PromoCodeResponse>> Handle(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetPromoCode(id), cancellationToken));
}
