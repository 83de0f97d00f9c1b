using System.Security.Claims;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Shop.Data;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Shop.Reviews.DeleteMyReview;

/// <summary>Deletes the customer's review of a product (404 when there is none) and recomputes the product's figures.</summary>
internal sealed record DeleteMyReview(Guid UserId, Guid ProductId) : ICommand<Unit>;

internal sealed class DeleteMyReviewHandler(ShopDbContext db, ProductRatings ratings) : IRequestHandler<DeleteMyReview, Unit>
{
    public async Task<Unit> Handle(DeleteMyReview request, CancellationToken cancellationToken)
    {
        await ratings.LockAsync(request.ProductId, activeOnly: false, cancellationToken);
        var review = await db.ProductReviews.SingleOrDefaultAsync(r => r.ProductId == request.ProductId && r.AuthorId == request.UserId, cancellationToken)
            ?? throw new NotFoundException("Review", request.ProductId);
        db.ProductReviews.Remove(review);
        await ratings.RecomputeAsync(request.ProductId, cancellationToken);
        return Unit.Value;
    }
}

internal static class DeleteMyReviewEndpoint
{
    public static void MapDeleteMyReview(this IEndpointRouteBuilder group) =>
        group.MapDelete(ReviewRoutes.Mine, Handle)
            .WithName("DeleteMyReview")
            .WithSummary("Delete the signed-in customer's review of a product")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<NoContent> Handle(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteMyReview(principal.GetUserId(), id), cancellationToken);
        return TypedResults.NoContent();
    }
}
