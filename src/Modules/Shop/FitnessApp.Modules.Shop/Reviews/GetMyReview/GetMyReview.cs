using System.Security.Claims;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Shop.Data;
using FitnessApp.Modules.Shop.Domain;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Shop.Reviews.GetMyReview;

/// <summary>The customer's own review of an active product (if any) and whether they may write one.</summary>
internal sealed record GetMyReview(Guid UserId, Guid ProductId) : IQuery<MyReviewResponse>;

internal sealed class GetMyReviewHandler(ShopDbContext db) : IRequestHandler<GetMyReview, MyReviewResponse>
{
    public async Task<MyReviewResponse> Handle(GetMyReview request, CancellationToken cancellationToken)
    {
        if (!await db.Products.AnyAsync(p => p.Id == request.ProductId && p.Status == ProductStatus.Active, cancellationToken))
        {
            throw new NotFoundException("Product", request.ProductId);
        }

        var review = await db.ProductReviews.AsNoTracking()
            .SingleOrDefaultAsync(r => r.ProductId == request.ProductId && r.AuthorId == request.UserId, cancellationToken);
        var received = await ReviewEligibility.HasReceivedAsync(db, request.UserId, request.ProductId, cancellationToken);
        return new MyReviewResponse(received, received ? null : ReviewEligibility.NotDelivered, review is null ? null : OwnReviewResponse.From(review));
    }
}

internal static class GetMyReviewEndpoint
{
    public static void MapGetMyReview(this IEndpointRouteBuilder group) =>
        group.MapGet(ReviewRoutes.Mine, Handle)
            .WithName("GetMyReview")
            .WithSummary("The signed-in customer's review of a product (null when none) and whether they may write one (canReview, reason)")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<MyReviewResponse>> Handle(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetMyReview(principal.GetUserId(), id), cancellationToken));
}
