using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Shop.Reviews.ListProductReviews;

internal static class ListProductReviewsEndpoint
{
    public static void MapListProductReviews(this IEndpointRouteBuilder group) =>
        group.MapGet(ReviewRoutes.ProductReviews, Handle)
            .WithName("ListProductReviews")
            .WithSummary("An active product's published reviews, newest first (keyset pages, optional rating=1..5), with their count, average and distribution")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<ProductReviewsResponse>> Handle(Guid id, string? rating, string? cursor, int? limit, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListProductReviews(id, rating, cursor, limit), cancellationToken));
}
