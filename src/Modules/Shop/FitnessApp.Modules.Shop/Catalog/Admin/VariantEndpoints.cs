using System.Security.Claims;
using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Shop.Catalog.Admin.Stock;
using FitnessApp.Modules.Shop.Catalog.Admin.Variants;
using FitnessApp.Modules.Shop.Catalog.GetProduct;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Shop.Catalog.Admin;

internal static class VariantEndpoints
{
    public static void MapVariantAdmin(this IEndpointRouteBuilder operators)
    {
        operators.MapPost(CatalogRoutes.AdminProducts + "/{id:guid}/skus", AddAsync)
            .WithName("AddShopVariant")
            .WithSummary("Operators: add a variant (unique code, size, colour, price ≥ 0.01 with two decimals) to a product")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        operators.MapPut(CatalogRoutes.AdminSkus + "/{id:guid}", UpdateAsync)
            .WithName("UpdateShopVariant")
            .WithSummary("Operators: change a variant's code, size, colour, price or active flag")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        operators.MapPut(CatalogRoutes.AdminSkus + "/{id:guid}/stock", SetStockAsync)
            .WithName("SetShopStock")
            .WithSummary("Operators: set a variant's counted stock (audited); 409 when it changed since expectedStock was read")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        operators.MapGet(CatalogRoutes.AdminSkus + "/{id:guid}/stock-movements", MovementsAsync)
            .WithName("ListShopStockMovements")
            .WithSummary("Operators: the audit of a variant's stock, newest first (keyset pages)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Created<VariantResponse>> AddAsync(Guid id, VariantBody body, IMediator mediator, CancellationToken cancellationToken)
    {
        var created = await mediator.Send(new SaveVariant(id, null, body), cancellationToken);
        return TypedResults.Created(CatalogRoutes.AdminSku(created.Id), created);
    }

    private static async Task<Ok<VariantResponse>> UpdateAsync(Guid id, VariantBody body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new SaveVariant(null, id, body), cancellationToken));

    private static async Task<Ok<VariantResponse>> SetStockAsync(Guid id, StockBody body, ClaimsPrincipal user, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new SetStock(id, user.GetUserId(), body.Stock, body.ExpectedStock, body.Note), cancellationToken));

    private static async Task<Ok<Page<StockMovementResponse>>> MovementsAsync(Guid id, string? cursor, int? limit, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListStockMovements(id, cursor, limit), cancellationToken));
}
