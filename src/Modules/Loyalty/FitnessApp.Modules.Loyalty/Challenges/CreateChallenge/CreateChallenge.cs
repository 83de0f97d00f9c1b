using System.Security.Claims;
using FitnessApp.Modules.Loyalty.Challenges.Domain;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Security;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Loyalty.Challenges.CreateChallenge;

/// <summary>An operator creates a public challenge.</summary>
internal sealed record CreateChallenge(
    Guid UserId,
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

internal sealed class CreateChallengeValidator : AbstractValidator<CreateChallenge>
{
    public CreateChallengeValidator() => Include(new ChallengeFieldsValidator());
}

internal sealed class CreateChallengeHandler(LoyaltyDbContext db, TimeProvider clock) : IRequestHandler<CreateChallenge, ChallengeResponse>
{
    public Task<ChallengeResponse> Handle(CreateChallenge request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var challenge = new Challenge { Title = string.Empty, CreatedById = request.UserId, CreatedAt = now, UpdatedAt = now };
        request.ApplyTo(challenge);
        db.Challenges.Add(challenge);
        return Task.FromResult(ChallengeResponse.From(challenge, now, 0, null, null));
    }
}

internal static class CreateChallengeEndpoint
{
    public sealed record Body(
        string? Title, string? Description, string? Goal, double? GoalValue, IReadOnlyList<string>? Sports,
        DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, int? FinisherPoints, int? FirstPlacePoints, int? SecondPlacePoints, int? ThirdPlacePoints);

    public static void MapCreateChallenge(this IEndpointRouteBuilder operators) =>
        operators.MapPost(ChallengeRoutes.Admin, Handle)
            .WithName("CreateChallenge")
            .WithSummary("Create a public challenge (operators)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

    private static async Task<Created<ChallengeResponse>> Handle(Body body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        var created = await mediator.Send(
            new CreateChallenge(
                principal.GetUserId(), body.Title, body.Description, body.Goal, body.GoalValue, body.Sports, body.StartsAt, body.EndsAt,
                body.FinisherPoints, body.FirstPlacePoints, body.SecondPlacePoints, body.ThirdPlacePoints),
            cancellationToken);
        return TypedResults.Created(ChallengeRoutes.Of(created.Id), created);
    }
}
