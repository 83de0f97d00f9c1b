using System.Security.Claims;
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

namespace FitnessApp.Modules.Social.Connections.BlockAthlete;

/// <summary>Blocks an athlete: follows and requests between the two end in both directions; idempotent.</summary>
internal sealed record BlockAthlete(Guid ViewerId, Guid UserId) : ICommand<Unit>;

internal sealed class BlockAthleteValidator : AbstractValidator<BlockAthlete>
{
    public BlockAthleteValidator() => this.NotSelf(r => r.ViewerId, r => r.UserId, "block");
}

internal sealed class BlockAthleteHandler(SocialDbContext db, AthleteDirectory athletes, FollowChanges changes, TimeProvider clock)
    : IRequestHandler<BlockAthlete, Unit>
{
    public async Task<Unit> Handle(BlockAthlete request, CancellationToken cancellationToken)
    {
        await athletes.ProfileAsync(request.UserId, cancellationToken);
        if (!await db.Blocks.AnyAsync(b => b.BlockerId == request.ViewerId && b.BlockedId == request.UserId, cancellationToken))
        {
            db.Blocks.Add(new Block { BlockerId = request.ViewerId, BlockedId = request.UserId, CreatedAt = clock.GetUtcNow().UtcDateTime });
        }

        var follows = await db.Follows
            .Where(f => (f.FollowerId == request.ViewerId && f.FolloweeId == request.UserId) || (f.FollowerId == request.UserId && f.FolloweeId == request.ViewerId))
            .ToListAsync(cancellationToken);
        foreach (var follow in follows)
        {
            await changes.RemoveAsync(follow, cancellationToken);
        }

        return Unit.Value;
    }
}

internal static class BlockAthleteEndpoint
{
    public static void MapBlockAthlete(this IEndpointRouteBuilder api) =>
        api.MapPost("/blocks/{userId:guid}", async (Guid userId, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
            {
                await mediator.Send(new BlockAthlete(principal.GetUserId(), userId), cancellationToken);
                return TypedResults.NoContent();
            })
            .WithName("BlockAthlete")
            .WithSummary("Block an athlete: follows both ways end, and neither sees, follows, comments on or cheers the other; idempotent")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
