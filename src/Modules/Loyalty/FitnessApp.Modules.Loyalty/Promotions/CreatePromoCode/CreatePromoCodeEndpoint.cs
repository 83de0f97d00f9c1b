using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Loyalty.Promotions.CreatePromoCode;

internal static class CreatePromoCodeEndpoint
{
    public static void MapCreatePromoCode(this IEndpointRouteBuilder group) =>
        group.MapPost(PromoRoutes.Admin, Handle)
            .WithName("CreatePromoCode")
            .WithSummary("Operators: create a promo code (percentage or fixed amount, validity window, limits, countries, minimum level and order)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Created<Admin.PromoCodeResponse>> Handle(CreatePromoCode body, IMediator mediator, CancellationToken cancellationToken)
    {
        var created = await mediator.Send(body, cancellationToken);
        return TypedResults.Created(PromoRoutes.Of(created.Id), created);
    }
}
