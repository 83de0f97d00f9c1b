using System.Security.Claims;
using FitnessApp.Modules.Accounts.Contracts.Profiles;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Domain;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Connections.SuggestAthletes;

/// <summary>Athletes like the viewer (<see cref="SuggestionScoring"/>), not yet followed or asked, never blocked either way.</summary>
internal sealed record SuggestAthletes(Guid ViewerId, int Limit) : IQuery<IReadOnlyList<Suggestion>>
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 50;

    /// <summary>How many candidates of each source (friends of friends, same city, anyone) are scored.</summary>
    public const int CandidatesPerSource = 200;
}

internal sealed class SuggestAthletesValidator : AbstractValidator<SuggestAthletes>
{
    public SuggestAthletesValidator() => RuleFor(q => q.Limit).InclusiveBetween(1, SuggestAthletes.MaxLimit);
}

internal sealed class SuggestAthletesHandler(SocialDbContext db, SocialGraph graph, ConnectionAthletes athletes, AthleteDirectory directory, IMediator mediator)
    : IRequestHandler<SuggestAthletes, IReadOnlyList<Suggestion>>
{
    public async Task<IReadOnlyList<Suggestion>> Handle(SuggestAthletes request, CancellationToken cancellationToken)
    {
        var viewer = request.ViewerId;
        var me = await directory.ProfileAsync(viewer, cancellationToken);
        var excluded = await athletes.BlockedEitherWayAsync(viewer, cancellationToken);
        excluded.Add(viewer);
        excluded.UnionWith(await db.Follows.AsNoTracking().Where(f => f.FollowerId == viewer).Select(f => f.FolloweeId).ToListAsync(cancellationToken));

        var followed = graph.FollowedBy(viewer);
        var mutual = await db.Follows.AsNoTracking()
            .Where(f => f.State == FollowState.Accepted && followed.Contains(f.FollowerId))
            .GroupBy(f => f.FolloweeId)
            .Select(g => new { Id = g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Id)
            .Take(SuggestAthletes.CandidatesPerSource + excluded.Count)
            .ToListAsync(cancellationToken);
        var mutualCounts = mutual.Where(m => !excluded.Contains(m.Id)).ToDictionary(m => m.Id, m => m.Count);

        var candidates = new List<SuggestionCandidate>();
        var friendsOfFriends = await directory.ProfilesAsync(mutualCounts.Keys.ToList(), cancellationToken);
        candidates.AddRange(friendsOfFriends.Values.Select(p => new SuggestionCandidate(
            p.UserId, p.DisplayName, p.AvatarUrl, p.City, p.PreferredSports ?? [], mutualCounts[p.UserId])));
        var matches = new List<AthleteMatch>();
        if (!string.IsNullOrWhiteSpace(me.City))
        {
            matches.AddRange(await mediator.Send(new SearchAthletes(null, me.City, SuggestAthletes.CandidatesPerSource, excluded), cancellationToken));
        }

        matches.AddRange(await mediator.Send(new SearchAthletes(null, null, SuggestAthletes.CandidatesPerSource, excluded), cancellationToken));
        candidates.AddRange(matches.Where(m => !friendsOfFriends.ContainsKey(m.UserId)).Select(m => new SuggestionCandidate(
            m.UserId, m.DisplayName, m.AvatarUrl, m.City, m.PreferredSports, 0)));
        return SuggestionScoring.Rank(me.City, me.PreferredSports ?? [], candidates, request.Limit);
    }
}

internal static class SuggestAthletesEndpoint
{
    public static void MapSuggestAthletes(this IEndpointRouteBuilder api) =>
        api.MapGet("/athletes/suggestions", async (int? limit, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new SuggestAthletes(principal.GetUserId(), limit ?? SuggestAthletes.DefaultLimit), cancellationToken)))
            .WithName("SuggestAthletes")
            .WithSummary("Athletes the caller may want to follow: shared sports, same city, followed by those the caller follows; best first")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
}
