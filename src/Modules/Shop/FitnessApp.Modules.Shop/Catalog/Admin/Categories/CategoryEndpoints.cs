using FitnessApp.Modules.Shop.Catalog.ListCategories;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Shop.Catalog.Admin.Categories;

internal static class CategoryEndpoints
{
    public static void MapCategoryAdmin(this IEndpointRouteBuilder operators)
    {
        operators.MapPost(CatalogRoutes.AdminCategories, CreateAsync)
            .WithName("CreateShopCategory")
            .WithSummary("Operators: create a category (optionally below a parent)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
        operators.MapPut(CatalogRoutes.AdminCategories + "/{id:guid}", UpdateAsync)
            .WithName("UpdateShopCategory")
            .WithSummary("Operators: rename, re-slug, reorder or move a category (never below itself)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        operators.MapDelete(CatalogRoutes.AdminCategories + "/{id:guid}", DeleteAsync)
            .WithName("DeleteShopCategory")
            .WithSummary("Operators: delete a category without sub-categories or products")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Created<CategoryNode>> CreateAsync(CategoryBody body, IMediator mediator, CancellationToken cancellationToken)
    {
        var created = await mediator.Send(new SaveCategory(null, body.ParentId, body.Slug, body.NameEn, body.NameRu, body.Position), cancellationToken);
        return TypedResults.Created(CatalogRoutes.AdminCategory(created.Id), created);
    }

    private static async Task<Ok<CategoryNode>> UpdateAsync(Guid id, CategoryBody body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new SaveCategory(id, body.ParentId, body.Slug, body.NameEn, body.NameRu, body.Position), cancellationToken));

    private static async Task<NoContent> DeleteAsync(Guid id, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteCategory(id), cancellationToken);
        return TypedResults.NoContent();
    }
}
