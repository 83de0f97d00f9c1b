using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shop.Catalog.PartnerImports.Admin;
using FitnessApp.Modules.Shop.Data;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Shop.Catalog.PartnerImports.DeletePartnerFeed;

/// <summary>Removes a feed and its run reports; the products it imported stay (orders refer to them).</summary>
internal sealed record DeletePartnerFeed(Guid Id) : ICommand<Unit>;

internal sealed class DeletePartnerFeedHandler(ShopDbContext db) : IRequestHandler<DeletePartnerFeed, Unit>
{
    public async Task<Unit> Handle(DeletePartnerFeed request, CancellationToken cancellationToken)
    {
        db.PartnerFeeds.Remove(await db.FeedAsync(request.Id, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

internal static class DeletePartnerFeedEndpoint
{
    public static void MapDeletePartnerFeed(this IEndpointRouteBuilder group) =>
        group.MapDelete(PartnerImportRoutes.Feeds + "/{id:guid}", Handle)
            .WithName("DeletePartnerFeed")
            .WithSummary("Operators: remove a partner feed and its run reports (its products stay)")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<NoContent> Handle(Guid id, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeletePartnerFeed(id), cancellationToken);
        return TypedResults.NoContent();
    }
}
