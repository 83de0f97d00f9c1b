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

namespace FitnessApp.Modules.Loyalty.Challenges.JoinChallenge;

/// <summary>
/// Joins an upcoming or running challenge the caller may see; what they already recorded within the period counts at once.
/// A finished challenge or a second join is 409, a challenge they may not see 404; nothing is stored then.
/// </summary>
internal sealed record JoinChallenge(Guid Id, Guid UserId) : ICommand<ChallengeResponse>;

internal sealed class JoinChallengeHandler(LoyaltyDbContext db, ChallengeAccess access, ChallengeHistory history, ChallengeProgress progress, ChallengeSignals signals, TimeProvider clock)
    : IRequestHandler<JoinChallenge, ChallengeResponse>
{
    public async Task<ChallengeResponse> Handle(JoinChallenge request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var challenge = await access.FindVisibleAsync(request.Id, request.UserId, cancellationToken);
        if (challenge.StatusAt(now) == ChallengeStatus.Finished)
        {
            throw new ConflictException("The challenge has finished and takes no new participants.");
        }

        if (await db.ChallengeParticipants.AnyAsync(p => p.ChallengeId == challenge.Id && p.UserId == request.UserId, cancellationToken))
        {
            throw new ConflictException("You already joined this challenge.");
        }

        var sources = await history.SourcesAsync(challenge, request.UserId, now, cancellationToken);
        var me = new ChallengeParticipant { ChallengeId = challenge.Id, UserId = request.UserId, JoinedAt = now, ProgressAt = now };
        db.ChallengeParticipants.Add(me);
        foreach (var (source, amount) in sources)
        {
            progress.Set(me, null, amount, source, now);
        }

        db.OnCommitted(() => signals.Raise(challenge.Id));
        await db.Challenges.Where(c => c.Id == challenge.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ParticipantCount, c => c.ParticipantCount + 1), cancellationToken);
        var count = challenge.ParticipantCount + 1;
        var rank = await Ranking.Ahead(db.ChallengeParticipants.AsNoTracking().Where(p => p.ChallengeId == challenge.Id), me).CountAsync(cancellationToken) + 1;
        return ChallengeResponse.From(challenge, now, count, me, rank);
    }
}

internal static class JoinChallengeEndpoint
{
    public static void MapJoinChallenge(this IEndpointRouteBuilder api) =>
        api.MapPost(ChallengeRoutes.Challenge + "/join", Handle)
            .WithName("JoinChallenge")
            .WithSummary("Join an upcoming or running challenge; activities and steps already recorded within its period count")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Ok<ChallengeResponse>> Handle(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        try
        {
            return TypedResults.Ok(await mediator.Send(new JoinChallenge(id, principal.GetUserId()), cancellationToken));
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            throw new ConflictException("You already joined this challenge.");
        }
    }
}
