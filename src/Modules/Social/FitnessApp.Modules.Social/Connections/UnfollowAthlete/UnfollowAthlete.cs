using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Social.Data;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Connections.UnfollowAthlete;

/// <summary>Stops following an athlete or withdraws the request; nothing to undo is fine.</summary>
internal sealed record UnfollowAthlete(Guid ViewerId, Guid UserId) : ICommand<Unit>;

internal sealed class UnfollowAthleteValidator : AbstractValidator<UnfollowAthlete>
{
    public UnfollowAthleteValidator() => this.NotSelf(r => r.ViewerId, r => r.UserId, "unfollow");
}

internal sealed class UnfollowAthleteHandler(SocialDbContext db, FollowChanges changes) : IRequestHandler<UnfollowAthlete, Unit>
{
    public async Task<Unit> Handle(UnfollowAthlete request, CancellationToken cancellationToken)
    {
        var follow = await db.Follows.SingleOrDefaultAsync(f => f.FollowerId == request.ViewerId && f.FolloweeId == request.UserId, cancellationToken);
        if (follow is not null)
        {
            await changes.RemoveAsync(follow, cancellationToken);
        }

        return Unit.Value;
    }
}
