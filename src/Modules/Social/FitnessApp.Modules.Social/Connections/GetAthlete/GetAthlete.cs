using System.Security.Claims;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Social.Contracts.Connections;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Domain;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Connections.GetAthlete;

/// <summary>An athlete's profile card as the viewer may see it.</summary>
internal sealed record GetAthlete(Guid ViewerId, Guid UserId) : IQuery<AthleteCard>;

/// <summary>
/// <paramref name="Limited"/>: a followers-only profile seen by someone who does not follow it shows only the name, the
/// avatar and the relationship (the rest is null, the counts zero).
/// </summary>
internal sealed record AthleteCard(
    Guid Id,
    string DisplayName,
    string? AvatarUrl,
    bool Limited,
    bool IsMe,
    string? City,
    string? Country,
    string? Bio,
    IReadOnlyList<string> PreferredSports,
    int FollowerCount,
    int FollowingCount,
    AthleteRelationship Relationship);

/// <param name="Following">How the viewer follows the athlete.</param>
/// <param name="FollowsYou">The athlete follows the viewer (accepted).</param>
/// <param name="BlockedByMe">Always false on a card that is shown: a block either way hides it (404).</param>
internal sealed record AthleteRelationship(Relation Following, bool FollowsYou, bool BlockedByMe);

internal sealed class GetAthleteHandler(SocialDbContext db, ConnectionAthletes athletes, SocialGraph graph) : IRequestHandler<GetAthlete, AthleteCard>
{
    public async Task<AthleteCard> Handle(GetAthlete request, CancellationToken cancellationToken)
    {
        var (profile, audience) = await athletes.VisibleAsync(request.ViewerId, request.UserId, cancellationToken);
        var relation = (await athletes.RelationsAsync(request.ViewerId, [request.UserId], cancellationToken))[request.UserId];
        var followsYou = await db.Follows.AnyAsync(
            f => f.FollowerId == request.UserId && f.FolloweeId == request.ViewerId && f.State == FollowState.Accepted, cancellationToken);
        var relationship = new AthleteRelationship(audience == Audience.Owner ? Relation.None : relation, followsYou, false);
        if (ConnectionAthletes.IsLimited(profile, audience))
        {
            return new AthleteCard(profile.UserId, profile.DisplayName, profile.AvatarUrl, true, false, null, null, null, [], 0, 0, relationship);
        }

        var followers = await graph.FollowersOf(request.UserId).CountAsync(cancellationToken);
        var following = await graph.FollowedBy(request.UserId).CountAsync(cancellationToken);
        return new AthleteCard(
            profile.UserId, profile.DisplayName, profile.AvatarUrl, false, audience == Audience.Owner, profile.City, profile.Country, profile.Bio,
            profile.PreferredSports ?? [], followers, following, relationship);
    }
}

internal static class GetAthleteEndpoint
{
    public static void MapGetAthlete(this IEndpointRouteBuilder api) =>
        api.MapGet("/athletes/{id:guid}", async (Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new GetAthlete(principal.GetUserId(), id), cancellationToken)))
            .WithName("GetAthlete")
            .WithSummary("An athlete's profile card and the caller's relationship; limited for a followers-only profile the caller does not follow")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
