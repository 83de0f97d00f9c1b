using System.Security.Claims;
using FitnessApp.Modules.Loyalty.Challenges.Domain;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Data;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Challenges.LeaveChallenge;

/// <summary>Leaves a challenge that has not finished: the participant row and its contributions go. Not joined: 404.</summary>
internal sealed record LeaveChallenge(Guid Id, Guid UserId) : ICommand<Unit>;

internal sealed class LeaveChallengeHandler(LoyaltyDbContext db, ChallengeAccess access, ChallengeSignals signals, TimeProvider clock) : IRequestHandler<LeaveChallenge, Unit>
{
    public async Task<Unit> Handle(LeaveChallenge request, CancellationToken cancellationToken)
    {
        var challenge = await access.FindVisibleAsync(request.Id, request.UserId, cancellationToken);
        var me = await db.ChallengeParticipants.SingleOrDefaultAsync(p => p.ChallengeId == challenge.Id && p.UserId == request.UserId, cancellationToken)
            ?? throw new NotFoundException("Participation", challenge.Id);
        if (challenge.StatusAt(clock.GetUtcNow().UtcDateTime) == ChallengeStatus.Finished)
        {
            throw new ConflictException("The challenge has finished: its results stay.");
        }

        await db.ChallengeContributions.Where(c => c.ChallengeId == challenge.Id && c.UserId == request.UserId).ExecuteDeleteAsync(cancellationToken);
        db.ChallengeParticipants.Remove(me);
        await db.Challenges.Where(c => c.Id == challenge.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ParticipantCount, c => c.ParticipantCount - 1), cancellationToken);
        db.OnCommitted(() => signals.Raise(challenge.Id));
        return Unit.Value;
    }
}

internal static class LeaveChallengeEndpoint
{
    public static void MapLeaveChallenge(this IEndpointRouteBuilder api) =>
        api.MapDelete(ChallengeRoutes.Challenge + "/join", Handle)
            .WithName("LeaveChallenge")
            .WithSummary("Leave a challenge that has not finished")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<NoContent> Handle(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new LeaveChallenge(id, principal.GetUserId()), cancellationToken);
        return TypedResults.NoContent();
    }
}
