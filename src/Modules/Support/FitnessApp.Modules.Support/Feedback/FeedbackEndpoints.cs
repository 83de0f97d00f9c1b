using System.Security.Claims;
using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Support.Domain;
using FitnessApp.Modules.Support.Feedback.ListFeedback;
using FitnessApp.Modules.Support.Feedback.SendFeedback;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Support.Feedback;

internal static class FeedbackEndpoints
{
    public const string Feedback = "/feedback";

    internal sealed record FeedbackBody(string? Category, string? Text);

    public static void MapFeedback(this IEndpointRouteBuilder group)
    {
        group.MapPost(Feedback, Send)
            .WithName("SendSupportFeedback")
            .WithSummary("Send feedback to the team: category (idea, problem, praise, other) and text; no conversation follows")
            .Produces<FeedbackResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapGet(Feedback, List)
            .RequireAuthorization(PlatformPolicies.Operator)
            .WithName("ListSupportFeedback")
            .WithSummary("Everyone's feedback, newest first (operators); filter by category; pass nextCursor back as cursor")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static async Task<Created<FeedbackResponse>> Send(FeedbackBody body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        var feedback = await mediator.Send(new SendFeedback.SendFeedback(principal.GetUserId(), body.Category, body.Text), cancellationToken);
        return TypedResults.Created($"/api/v1/support/feedback/{feedback.Id}", feedback);
    }

    private static async Task<Ok<Page<FeedbackItemResponse>>> List(
        IMediator mediator, string? category, string? cursor, int? limit, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListFeedback.ListFeedback(category, cursor, limit ?? PageLimits.DefaultLimit), cancellationToken));
}
