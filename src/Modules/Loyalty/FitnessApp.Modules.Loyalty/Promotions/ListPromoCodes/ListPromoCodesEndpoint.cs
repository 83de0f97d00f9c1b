using FitnessApp.Modules.Loyalty.Promotions.Admin;
using FitnessApp.Modules.Shared.Contracts.Paging;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Loyalty.Promotions.ListPromoCodes;

internal static class ListPromoCodesEndpoint
{
    public static void MapListPromoCodes(this IEndpointRouteBuilder group) =>
        group.MapGet(PromoRoutes.Admin, Handle)
            .WithName("ListPromoCodes")
            .WithSummary("Operators: every promo code, newest first, with its usage so far (keyset pages)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

    private static async Task<Ok<Page<PromoCodeResponse>>> Handle(string? cursor, int? limit, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListPromoCodes(cursor, limit), cancellationToken));
}
