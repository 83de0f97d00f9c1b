using System.Security.Claims;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Feed.Publishing;
using FitnessApp.Modules.Social.Groups.Domain;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Social.Groups.AcceptJoinRequest;

/// <summary>Accepts a pending join request (owner or admin); the requester becomes a member.</summary>
internal sealed record AcceptJoinRequest(Guid GroupId, Guid UserId, Guid RequesterId) : ICommand<Unit>;

internal sealed class AcceptJoinRequestHandler(SocialDbContext db, GroupAccess access, GroupFeedPublisher feed, TimeProvider clock) : IRequestHandler<AcceptJoinRequest, Unit>
{
    public async Task<Unit> Handle(AcceptJoinRequest request, CancellationToken cancellationToken)
    {
        var view = await access.FindAsAdminAsync(request.GroupId, request.UserId, cancellationToken);
        var pending = await db.FindJoinRequestAsync(view.Group.Id, request.RequesterId, cancellationToken);
        pending.State = MembershipState.Active;
        pending.Role = GroupRole.Member;
        pending.JoinedAt = clock.GetUtcNow().UtcDateTime;
        await feed.AddMemberAsync(view.Group.Id, request.RequesterId, cancellationToken);
        return Unit.Value;
    }
}

internal static class AcceptJoinRequestEndpoint
{
    public static void MapAcceptJoinRequest(this IEndpointRouteBuilder api) =>
        api.MapPost(GroupRoutes.Group + "/requests/{userId:guid}", Handle)
            .WithName("AcceptGroupJoinRequest")
            .WithSummary("Accept a join request (owner or admin)")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<NoContent> Handle(Guid id, Guid userId, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new AcceptJoinRequest(id, principal.GetUserId(), userId), cancellationToken);
        return TypedResults.NoContent();
    }
}
