using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shop.Data;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Shop.Catalog.Images.DeleteProductImage;

/// <summary>Operators: removes one image of a product (404 when it is not that product's).</summary>
internal sealed record DeleteProductImage(Guid ProductId, Guid ImageId) : ICommand<Unit>;

internal sealed class DeleteProductImageHandler(ShopDbContext db) : IRequestHandler<DeleteProductImage, Unit>
{
    public async Task<Unit> Handle(DeleteProductImage request, CancellationToken cancellationToken)
    {
        var deleted = await db.ProductImages
            .Where(i => i.Id == request.ImageId && i.ProductId == request.ProductId)
            .ExecuteDeleteAsync(cancellationToken);
        return deleted == 0 ? throw new NotFoundException("Product image", request.ImageId) : Unit.Value;
    }
}

internal static class DeleteProductImageEndpoint
{
    public static void MapDeleteProductImage(this IEndpointRouteBuilder operators) =>
        operators.MapDelete(CatalogRoutes.AdminProducts + "/{id:guid}/images/{imageId:guid}", Handle)
            .WithName("DeleteShopProductImage")
            .WithSummary("Operators: delete one of a product's images")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<NoContent> Handle(Guid id, Guid imageId, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteProductImage(id, imageId), cancellationToken);
        return TypedResults.NoContent();
    }
}
