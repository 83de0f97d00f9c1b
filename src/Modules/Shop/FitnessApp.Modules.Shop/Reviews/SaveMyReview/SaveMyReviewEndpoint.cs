using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Shop.Reviews.SaveMyReview;

internal static class SaveMyReviewEndpoint
{
    public sealed record Body(int? Rating, string? Title, string? Text);

    public static void MapSaveMyReview(this IEndpointRouteBuilder group) =>
        group.MapPut(ReviewRoutes.Mine, Handle)
            .WithName("SaveMyReview")
            .WithSummary("Create or edit the signed-in customer's review of a product (1..5 stars, optional title, text); only for a product of one of their delivered orders (else 403)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<OwnReviewResponse>> Handle(Guid id, Body body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new SaveMyReview(principal.GetUserId(), id, body.Rating, body.Title, body.Text), cancellationToken));
}
