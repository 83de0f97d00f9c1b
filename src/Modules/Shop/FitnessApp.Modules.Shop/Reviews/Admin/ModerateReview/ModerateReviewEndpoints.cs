using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Shop.Reviews.Admin.ModerateReview;

internal static class ModerateReviewEndpoints
{
    public sealed record Body(string? Reason);

    public static void MapModerateReview(this IEndpointRouteBuilder operators)
    {
        Describe(operators.MapPost(ReviewRoutes.AdminHide, (Guid id, Body body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
                HandleAsync(new ModerateReview(id, ModerationAction.Hide, body.Reason, principal.GetUserId()), mediator, cancellationToken)))
            .WithName("HideReview")
            .WithSummary("Operators: hide a published review from shoppers, with a reason (audited); the product's rating is recomputed");
        Describe(operators.MapPost(ReviewRoutes.AdminRestore, (Guid id, Body body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
                HandleAsync(new ModerateReview(id, ModerationAction.Restore, body.Reason, principal.GetUserId()), mediator, cancellationToken)))
            .WithName("RestoreReview")
            .WithSummary("Operators: publish a hidden review again, with a reason (audited); the product's rating is recomputed");
    }

    private static RouteHandlerBuilder Describe(RouteHandlerBuilder builder) =>
        builder.Produces<AdminReviewResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Ok<AdminReviewResponse>> HandleAsync(ModerateReview command, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(command, cancellationToken));
}
