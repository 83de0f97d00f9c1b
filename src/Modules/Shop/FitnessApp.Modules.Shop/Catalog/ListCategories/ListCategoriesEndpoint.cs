using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Shop.Catalog.ListCategories;

internal static class ListCategoriesEndpoint
{
    public static void MapListCategories(this IEndpointRouteBuilder group) =>
        group.MapGet(CatalogRoutes.Categories, Handle)
            .WithName("ListShopCategories")
            .WithSummary("The catalog's category tree")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<Ok<IReadOnlyList<CategoryNode>>> Handle(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListCategories(), cancellationToken));
}
