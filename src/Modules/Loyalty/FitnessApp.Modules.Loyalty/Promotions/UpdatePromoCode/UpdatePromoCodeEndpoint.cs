using FitnessApp.Modules.Loyalty.Promotions.Admin;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Loyalty.Promotions.UpdatePromoCode;

internal static class UpdatePromoCodeEndpoint
{
    public sealed record Body(
        string? Code,
        string? Kind,
        int? Percent,
        decimal? Amount,
        string? Currency,
        DateTimeOffset? StartsAt,
        DateTimeOffset? EndsAt,
        int? TotalLimit,
        int? PerUserLimit,
        IReadOnlyList<string>? Countries,
        int? MinimumLevel,
        decimal? MinimumOrderAmount,
        bool? Active) : IPromoCodeFields;

    public static void MapUpdatePromoCode(this IEndpointRouteBuilder group) =>
        group.MapPut(PromoRoutes.Admin + "/{id:guid}", Handle)
            .WithName("UpdatePromoCode")
            .WithSummary("Operators: replace a promo code's settings (its usage so far stays)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Ok<PromoCodeResponse>> Handle(Guid id, Body body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(UpdatePromoCode.From(id, body), cancellationToken));
}
