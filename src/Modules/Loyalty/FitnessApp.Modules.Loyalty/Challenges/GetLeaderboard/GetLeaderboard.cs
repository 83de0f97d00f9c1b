using System.Security.Claims;
using FitnessApp.Modules.Accounts.Contracts.Profiles;
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
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Challenges.GetLeaderboard;

/// <summary>The top <paramref name="Limit"/> of a challenge and the viewer's own row (null when they have not joined).</summary>
internal sealed record GetLeaderboard(Guid Id, Guid ViewerId, int Limit) : IQuery<LeaderboardResponse>
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 100;
}

internal sealed record LeaderboardResponse(Guid ChallengeId, double GoalValue, int Participants, IReadOnlyList<LeaderboardRow> Top, LeaderboardRow? Me);

/// <summary>One athlete's place; <c>progressAt</c> is when they reached their progress (the tie-breaker).</summary>
internal sealed record LeaderboardRow(int Rank, Guid AthleteId, string DisplayName, double Progress, DateTime ProgressAt, bool Finished);

internal sealed class GetLeaderboardValidator : AbstractValidator<GetLeaderboard>
{
    public GetLeaderboardValidator() => RuleFor(q => q.Limit).InclusiveBetween(1, GetLeaderboard.MaxLimit);
}

internal sealed class GetLeaderboardHandler(LoyaltyDbContext db, ChallengeAccess access, IMediator mediator) : IRequestHandler<GetLeaderboard, LeaderboardResponse>
{
    public async Task<LeaderboardResponse> Handle(GetLeaderboard request, CancellationToken cancellationToken)
    {
        var challenge = await access.FindVisibleAsync(request.Id, request.ViewerId, cancellationToken);
        var participants = db.ChallengeParticipants.AsNoTracking().Where(p => p.ChallengeId == challenge.Id);
        var top = await Ranking.Ordered(participants).Take(request.Limit).ToListAsync(cancellationToken);
        var count = challenge.ParticipantCount;
        var me = top.FirstOrDefault(p => p.UserId == request.ViewerId)
            ?? await participants.SingleOrDefaultAsync(p => p.UserId == request.ViewerId, cancellationToken);
        var myRank = me is null ? 0 : top.IndexOf(me) is var i and >= 0 ? i + 1 : await db.RankOfAsync(me, cancellationToken);

        var ids = top.Select(p => p.UserId).Append(request.ViewerId).Distinct().ToList();
        var names = (await mediator.Send(new GetAthleteProfiles(ids), cancellationToken)).ToDictionary(p => p.UserId, p => p.DisplayName);
        LeaderboardRow Row(ChallengeParticipant p, int rank) => new(
            p.FinalRank ?? rank, p.UserId, names.GetValueOrDefault(p.UserId) ?? "—", p.Progress, p.ProgressAt, p.Progress >= challenge.GoalValue);
        return new LeaderboardResponse(
            challenge.Id, challenge.GoalValue, count, top.Select((p, index) => Row(p, index + 1)).ToList(), me is null ? null : Row(me, myRank));
    }
}

internal static class GetLeaderboardEndpoint
{
    public static void MapGetLeaderboard(this IEndpointRouteBuilder api) =>
        api.MapGet(ChallengeRoutes.Challenge + "/leaderboard", Handle)
            .WithName("GetChallengeLeaderboard")
            .WithSummary("The top of a challenge (limit, default 10) and your own row; ties go to who got there first")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<LeaderboardResponse>> Handle(Guid id, ClaimsPrincipal principal, IMediator mediator, int? limit, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetLeaderboard(id, principal.GetUserId(), limit ?? GetLeaderboard.DefaultLimit), cancellationToken));
}
