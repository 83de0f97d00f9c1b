using System.Security.Claims;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Challenges.GetChallenge;

/// <summary>One challenge with the viewer's progress and live rank (the final rank once finalized).</summary>
internal sealed record GetChallenge(Guid Id, Guid ViewerId) : IQuery<ChallengeResponse>;

internal sealed class GetChallengeHandler(LoyaltyDbContext db, ChallengeAccess access, TimeProvider clock) : IRequestHandler<GetChallenge, ChallengeResponse>
{
    public async Task<ChallengeResponse> Handle(GetChallenge request, CancellationToken cancellationToken)
    {
        var challenge = await access.FindVisibleAsync(request.Id, request.ViewerId, cancellationToken);
        var count = challenge.ParticipantCount;
        var me = await db.ChallengeParticipants.AsNoTracking().SingleOrDefaultAsync(p => p.ChallengeId == challenge.Id && p.UserId == request.ViewerId, cancellationToken);
        int? rank = me is null ? null : await db.RankOfAsync(me, cancellationToken);
        return ChallengeResponse.From(challenge, clock.GetUtcNow().UtcDateTime, count, me, rank);
    }
}

internal static class GetChallengeEndpoint
{
    public static void MapGetChallenge(this IEndpointRouteBuilder api) =>
        api.MapGet(ChallengeRoutes.Challenge, Handle)
            .WithName("GetChallenge")
            .WithSummary("A challenge with your progress and rank")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<ChallengeResponse>> Handle(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetChallenge(id, principal.GetUserId()), cancellationToken));
}
