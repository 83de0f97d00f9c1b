using FitnessApp.Modules.Loyalty.Challenges.Domain;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Challenges.UpdateChallenge;

/// <summary>
/// An operator edits a challenge that is not finalized. Progress already counted is kept as it is; a changed goal or period
/// applies to what comes next.
/// </summary>
internal sealed record UpdateChallenge(
    Guid Id,
    string? Title,
    string? Description,
    string? Goal,
    double? GoalValue,
    IReadOnlyList<string>? Sports,
    DateTimeOffset? StartsAt,
    DateTimeOffset? EndsAt,
    int? FinisherPoints,
    int? FirstPlacePoints,
    int? SecondPlacePoints,
    int? ThirdPlacePoints) : ICommand<ChallengeResponse>, IChallengeFields;

internal sealed class UpdateChallengeValidator : AbstractValidator<UpdateChallenge>
{
    public UpdateChallengeValidator() => Include(new ChallengeFieldsValidator());
}

internal sealed class UpdateChallengeHandler(LoyaltyDbContext db, TimeProvider clock) : IRequestHandler<UpdateChallenge, ChallengeResponse>
{
    public async Task<ChallengeResponse> Handle(UpdateChallenge request, CancellationToken cancellationToken)
    {
        var challenge = await db.Challenges.SingleOrDefaultAsync(c => c.Id == request.Id, cancellationToken) ?? throw ChallengeAccess.NotFound(request.Id);
        return challenge.Edit(request, clock.GetUtcNow().UtcDateTime);
    }
}

internal static class UpdateChallengeEndpoint
{
    public sealed record Body(
        string? Title, string? Description, string? Goal, double? GoalValue, IReadOnlyList<string>? Sports,
        DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, int? FinisherPoints, int? FirstPlacePoints, int? SecondPlacePoints, int? ThirdPlacePoints);

    public static void MapUpdateChallenge(this IEndpointRouteBuilder operators) =>
        operators.MapPut(ChallengeRoutes.AdminChallenge, Handle)
            .WithName("UpdateChallenge")
            .WithSummary("Edit a challenge that is not finalized (operators)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Ok<ChallengeResponse>> Handle(Guid id, Body body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(
            new UpdateChallenge(
                id, body.Title, body.Description, body.Goal, body.GoalValue, body.Sports, body.StartsAt, body.EndsAt,
                body.FinisherPoints, body.FirstPlacePoints, body.SecondPlacePoints, body.ThirdPlacePoints),
            cancellationToken));
}
