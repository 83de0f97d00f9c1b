using FitnessApp.Modules.Loyalty.Promotions.Admin;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Loyalty.Promotions.DeactivatePromoCode;

internal static class DeactivatePromoCodeEndpoint
{
    public static void MapDeactivatePromoCode(this IEndpointRouteBuilder group) =>
        group.MapPost(PromoRoutes.Admin + "/{id:guid}/deactivate", Handle)
            .WithName("DeactivatePromoCode")
            .WithSummary("Operators: stop a promo code from applying to new orders (reserved uses can still be committed or released)")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<PromoCodeResponse>> Handle(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new DeactivatePromoCode(id), cancellationToken));
}
