using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Shop.Catalog.GetProduct;
using FitnessApp.Modules.Shop.Catalog.Search;
using FitnessApp.Modules.Shop.Catalog.SearchProducts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Shop.Catalog.Admin.Products;

internal static class ProductEndpoints
{
    public static void MapProductAdmin(this IEndpointRouteBuilder operators)
    {
        operators.MapGet(CatalogRoutes.AdminProducts, ListAsync)
            .WithName("ListShopProductsForOperators")
            .WithSummary("Operators: every product whatever its status (drafts, archived, without price), same filters and sorts as the shop")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        operators.MapGet(CatalogRoutes.AdminProducts + "/{id:guid}", GetAsync)
            .WithName("GetShopProductForOperators")
            .WithSummary("Operators: a product whatever its status")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        operators.MapPost(CatalogRoutes.AdminProducts, CreateAsync)
            .WithName("CreateShopProduct")
            .WithSummary("Operators: create a product (texts en + ru, brand, category, sports, attributes, status; draft unless told)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
        operators.MapPut(CatalogRoutes.AdminProducts + "/{id:guid}", UpdateAsync)
            .WithName("UpdateShopProduct")
            .WithSummary("Operators: replace a product's texts, brand, category, sports, attributes and status")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Ok<Page<ProductCard>>> ListAsync(
        string? query, string? category, string? sport, string? sort, string? cursor, string? limit, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new SearchProducts.SearchProducts(query, category, sport, Sort: sort, Cursor: cursor, Limit: limit, IncludeAll: true), cancellationToken));

    private static async Task<Ok<ProductDetails>> GetAsync(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetProduct.GetProduct(id, IncludeAll: true), cancellationToken));

    private static async Task<Created<ProductDetails>> CreateAsync(ProductBody body, IMediator mediator, CancellationToken cancellationToken)
    {
        var created = await mediator.Send(new SaveProduct(null, body), cancellationToken);
        return TypedResults.Created(CatalogRoutes.AdminProduct(created.Id), created);
    }

    private static async Task<Ok<ProductDetails>> UpdateAsync(Guid id, ProductBody body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new SaveProduct(id, body), cancellationToken));
}
