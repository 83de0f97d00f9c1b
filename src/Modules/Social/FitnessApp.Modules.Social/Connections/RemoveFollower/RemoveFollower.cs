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

namespace FitnessApp.Modules.Social.Connections.RemoveFollower;

/// <summary>Removes one of the viewer's followers (a pending request too); idempotent.</summary>
internal sealed record RemoveFollower(Guid ViewerId, Guid UserId) : ICommand<Unit>;

internal sealed class RemoveFollowerValidator : AbstractValidator<RemoveFollower>
{
    public RemoveFollowerValidator() => this.NotSelf(r => r.ViewerId, r => r.UserId, "remove");
}

internal sealed class RemoveFollowerHandler(SocialDbContext db, FollowChanges changes) : IRequestHandler<RemoveFollower, Unit>
{
    public async Task<Unit> Handle(RemoveFollower request, CancellationToken cancellationToken)
    {
        var follow = await db.Follows.SingleOrDefaultAsync(f => f.FollowerId == request.UserId && f.FolloweeId == request.ViewerId, cancellationToken);
        if (follow is not null)
        {
            await changes.RemoveAsync(follow, cancellationToken);
        }

        return Unit.Value;
    }
}

internal static class RemoveFollowerEndpoint
{
    public static void MapRemoveFollower(this IEndpointRouteBuilder api) =>
        api.MapDelete("/followers/{userId:guid}", Handle)
            .WithName("RemoveFollower")
            .WithSummary("Remove one of the caller's followers; idempotent")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<NoContent> Handle(Guid userId, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new RemoveFollower(principal.GetUserId(), userId), cancellationToken);
        return TypedResults.NoContent();
    }
}
