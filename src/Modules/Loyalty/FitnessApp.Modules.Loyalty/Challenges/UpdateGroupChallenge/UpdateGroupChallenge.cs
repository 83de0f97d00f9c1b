using System.Security.Claims;
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

namespace FitnessApp.Modules.Loyalty.Challenges.UpdateGroupChallenge;

/// <summary>
/// A group's owner or admin edits one of the group's challenges (not finalized), with the same rules as an operator's edit.
/// Someone who cannot see the challenge (not an active member of its group) gets 404; a member without the role, or anyone on
/// a public challenge (operators edit those), 403, as for creating a group challenge.
/// </summary>
internal sealed record UpdateGroupChallenge(
    Guid Id,
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

internal sealed class UpdateGroupChallengeValidator : AbstractValidator<UpdateGroupChallenge>
{
    public UpdateGroupChallengeValidator() => Include(new ChallengeFieldsValidator());
}

internal sealed class UpdateGroupChallengeHandler(ChallengeAccess access, TimeProvider clock) : IRequestHandler<UpdateGroupChallenge, ChallengeResponse>
{
    public async Task<ChallengeResponse> Handle(UpdateGroupChallenge request, CancellationToken cancellationToken)
    {
        var challenge = await access.FindVisibleAsync(request.Id, request.UserId, cancellationToken, tracked: true);
        if (challenge.GroupId is not { } groupId)
        {
            throw new ForbiddenException("Public challenges are edited by operators.");
        }

        if (await access.RoleAsync(groupId, request.UserId, cancellationToken) is not (GroupMembershipRole.Admin or GroupMembershipRole.Owner))
        {
            throw new ForbiddenException("Only the group's owner and admins may edit its challenges.");
        }

        return challenge.Edit(request, clock.GetUtcNow().UtcDateTime);
    }
}

internal static class UpdateGroupChallengeEndpoint
{
    public sealed record Body(
        string? Title, string? Description, string? Goal, double? GoalValue, IReadOnlyList<string>? Sports,
        DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, int? FinisherPoints, int? FirstPlacePoints, int? SecondPlacePoints, int? ThirdPlacePoints);

    public static void MapUpdateGroupChallenge(this IEndpointRouteBuilder api) =>
        api.MapPut(ChallengeRoutes.Challenge, Handle)
            .WithName("UpdateGroupChallenge")
            .WithSummary("Edit a challenge of a group you own or administer, while it is not finalized (its group stays)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Ok<ChallengeResponse>> Handle(Guid id, Body body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(
            new UpdateGroupChallenge(
                id, principal.GetUserId(), body.Title, body.Description, body.Goal, body.GoalValue, body.Sports, body.StartsAt, body.EndsAt,
                body.FinisherPoints, body.FirstPlacePoints, body.SecondPlacePoints, body.ThirdPlacePoints),
            cancellationToken));
}
