using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Shop.Catalog.Search;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Shop.Catalog.SearchProducts;

internal static class SearchProductsEndpoint
{
    public static void MapSearchProducts(this IEndpointRouteBuilder group) =>
        group.MapGet(CatalogRoutes.Products, Handle)
            .WithName("SearchProducts")
            .WithSummary("Active products by text, category (with its sub-categories), sport, price and rating; sort newest, relevance, priceAsc, priceDesc or rating; keyset pages")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<Ok<Page<ProductCard>>> Handle(
        string? query, string? category, string? sport, string? minPrice, string? maxPrice, string? minRating, string? sort, string? cursor, string? limit,
        IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new SearchProducts(query, category, sport, minPrice, maxPrice, minRating, sort, cursor, limit), cancellationToken));
}
