using FitnessApp.Modules.Accounts.Contracts.Profiles;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Domain;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Connections.FollowAthlete;

/// <summary>Follows an athlete, or asks to when their profile is followers-only; asking again changes nothing.</summary>
internal sealed record FollowAthlete(Guid ViewerId, Guid UserId) : ICommand<FollowResponse>;

internal sealed record FollowResponse(Guid UserId, Relation State);

internal sealed class FollowAthleteValidator : AbstractValidator<FollowAthlete>
{
    public FollowAthleteValidator() => this.NotSelf(r => r.ViewerId, r => r.UserId, "follow");
}

internal sealed class FollowAthleteHandler(SocialDbContext db, AthleteDirectory athletes, SocialGraph graph, FollowChanges changes)
    : IRequestHandler<FollowAthlete, FollowResponse>
{
    public async Task<FollowResponse> Handle(FollowAthlete request, CancellationToken cancellationToken)
    {
        var profile = await athletes.ProfileAsync(request.UserId, cancellationToken);
        if (await graph.IsBlockedEitherWayAsync(request.ViewerId, request.UserId, cancellationToken))
        {
            throw new NotFoundException("Athlete", request.UserId);
        }

        var follow = await db.Follows.SingleOrDefaultAsync(f => f.FollowerId == request.ViewerId && f.FolloweeId == request.UserId, cancellationToken)
            ?? await changes.CreateAsync(request.ViewerId, request.UserId, profile.ProfileVisibility == AthleteProfileVisibility.FollowersOnly, cancellationToken);
        return new FollowResponse(request.UserId, follow.State == FollowState.Accepted ? Relation.Following : Relation.Requested);
    }
}
