using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Errors;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Challenges.DeleteChallenge;

/// <summary>An operator deletes a challenge that is not finalized, with its participants and contributions (no points were awarded yet).</summary>
internal sealed record DeleteChallenge(Guid Id) : ICommand<Unit>;

internal sealed class DeleteChallengeHandler(LoyaltyDbContext db) : IRequestHandler<DeleteChallenge, Unit>
{
    public async Task<Unit> Handle(DeleteChallenge request, CancellationToken cancellationToken)
    {
        var challenge = await db.Challenges.SingleOrDefaultAsync(c => c.Id == request.Id, cancellationToken) ?? throw ChallengeAccess.NotFound(request.Id);
        if (challenge.FinalizedAt is not null)
        {
            throw new ConflictException("A finalized challenge cannot be deleted: its points and badges were awarded.");
        }

        await db.ChallengeContributions.Where(c => c.ChallengeId == challenge.Id).ExecuteDeleteAsync(cancellationToken);
        await db.ChallengeParticipants.Where(p => p.ChallengeId == challenge.Id).ExecuteDeleteAsync(cancellationToken);
        db.Challenges.Remove(challenge);
        return Unit.Value;
    }
}

internal static class DeleteChallengeEndpoint
{
    public static void MapDeleteChallenge(this IEndpointRouteBuilder operators) =>
        operators.MapDelete(ChallengeRoutes.AdminChallenge, Handle)
            .WithName("DeleteChallenge")
            .WithSummary("Delete a challenge that is not finalized (operators)")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<NoContent> Handle(Guid id, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteChallenge(id), cancellationToken);
        return TypedResults.NoContent();
    }
}
