using System.Security.Claims;
using FitnessApp.Modules.Loyalty.Challenges.Domain;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Social.Contracts.Groups;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Loyalty.Challenges.CreateGroupChallenge;

/// <summary>
/// A group's owner or admin creates a challenge for that group's active members. A group the caller is not an active member
/// of is 404 (they may not know it exists); a member without the role is 403.
/// </summary>
internal sealed record CreateGroupChallenge(
    Guid UserId,
    Guid? GroupId,
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

internal sealed class CreateGroupChallengeValidator : AbstractValidator<CreateGroupChallenge>
{
    public CreateGroupChallengeValidator()
    {
        Include(new ChallengeFieldsValidator());
        RuleFor(c => c.GroupId).NotEmpty();
    }
}

internal sealed class CreateGroupChallengeHandler(LoyaltyDbContext db, ChallengeAccess access, TimeProvider clock) : IRequestHandler<CreateGroupChallenge, ChallengeResponse>
{
    public async Task<ChallengeResponse> Handle(CreateGroupChallenge request, CancellationToken cancellationToken)
    {
        var groupId = request.GroupId!.Value;
        var role = await access.RoleAsync(groupId, request.UserId, cancellationToken) ?? throw new NotFoundException("Group", groupId);
        if (role == GroupMembershipRole.Member)
        {
            throw new ForbiddenException("Only the group's owner and admins may create its challenges.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var challenge = new Challenge { Title = string.Empty, GroupId = groupId, CreatedById = request.UserId, CreatedAt = now, UpdatedAt = now };
        request.ApplyTo(challenge);
        db.Challenges.Add(challenge);
        return ChallengeResponse.From(challenge, now, 0, null, null);
    }
}

internal static class CreateGroupChallengeEndpoint
{
    public sealed record Body(
        Guid? GroupId, string? Title, string? Description, string? Goal, double? GoalValue, IReadOnlyList<string>? Sports,
        DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, int? FinisherPoints, int? FirstPlacePoints, int? SecondPlacePoints, int? ThirdPlacePoints);

    public static void MapCreateGroupChallenge(this IEndpointRouteBuilder api) =>
        api.MapPost(ChallengeRoutes.Challenges, Handle)
            .WithName("CreateGroupChallenge")
            .WithSummary("Create a challenge for a group you own or administer (groupId required)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Created<ChallengeResponse>> Handle(Body body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        var created = await mediator.Send(
            new CreateGroupChallenge(
                principal.GetUserId(), body.GroupId, body.Title, body.Description, body.Goal, body.GoalValue, body.Sports, body.StartsAt, body.EndsAt,
                body.FinisherPoints, body.FirstPlacePoints, body.SecondPlacePoints, body.ThirdPlacePoints),
            cancellationToken);
        return TypedResults.Created(ChallengeRoutes.Of(created.Id), created);
    }
}
