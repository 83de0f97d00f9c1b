using System.Security.Claims;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Social.Data;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Connections.UnblockAthlete;

/// <summary>Lifts the viewer's block (follows cut by it stay cut); idempotent.</summary>
internal sealed record UnblockAthlete(Guid ViewerId, Guid UserId) : ICommand<Unit>;

internal sealed class UnblockAthleteValidator : AbstractValidator<UnblockAthlete>
{
    public UnblockAthleteValidator() => this.NotSelf(r => r.ViewerId, r => r.UserId, "unblock");
}

internal sealed class UnblockAthleteHandler(SocialDbContext db) : IRequestHandler<UnblockAthlete, Unit>
{
    public async Task<Unit> Handle(UnblockAthlete request, CancellationToken cancellationToken)
    {
        var block = await db.Blocks.SingleOrDefaultAsync(b => b.BlockerId == request.ViewerId && b.BlockedId == request.UserId, cancellationToken);
        if (block is not null)
        {
            db.Blocks.Remove(block);
        }

        return Unit.Value;
    }
}

internal static class UnblockAthleteEndpoint
{
    public static void MapUnblockAthlete(this IEndpointRouteBuilder api) =>
        api.MapDelete("/blocks/{userId:guid}", async (Guid userId, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
            {
                await mediator.Send(new UnblockAthlete(principal.GetUserId(), userId), cancellationToken);
                return TypedResults.NoContent();
            })
            .WithName("UnblockAthlete")
            .WithSummary("Lift the caller's block of an athlete; idempotent")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
}
