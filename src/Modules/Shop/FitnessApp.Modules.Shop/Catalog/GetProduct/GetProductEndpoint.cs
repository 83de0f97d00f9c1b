using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Shop.Catalog.GetProduct;

internal static class GetProductEndpoint
{
    public static void MapGetProduct(this IEndpointRouteBuilder group) =>
        group.MapGet(CatalogRoutes.Products + "/{id:guid}", Handle)
            .WithName("GetProduct")
            .WithSummary("An active product with its descriptions, attributes, sports, variants (size, colour, price, stock), category path and images")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<ProductDetails>> Handle(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetProduct(id), cancellationToken));
}
