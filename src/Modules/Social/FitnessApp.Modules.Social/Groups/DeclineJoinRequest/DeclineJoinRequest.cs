using System.Security.Claims;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Groups.Domain;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Social.Groups.DeclineJoinRequest;

/// <summary>Declines a pending join request (owner or admin); the requester may ask again later.</summary>
internal sealed record DeclineJoinRequest(Guid GroupId, Guid UserId, Guid RequesterId) : ICommand<Unit>;

internal sealed class DeclineJoinRequestHandler(SocialDbContext db, GroupAccess access) : IRequestHandler<DeclineJoinRequest, Unit>
{
    public async Task<Unit> Handle(DeclineJoinRequest request, CancellationToken cancellationToken)
    {
        var view = await access.FindAsAdminAsync(request.GroupId, request.UserId, cancellationToken);
        var pending = await db.FindJoinRequestAsync(view.Group.Id, request.RequesterId, cancellationToken);
        db.GroupMembers.Remove(pending);
        return Unit.Value;
    }
}

internal static class DeclineJoinRequestEndpoint
{
    public static void MapDeclineJoinRequest(this IEndpointRouteBuilder api) =>
        api.MapDelete(GroupRoutes.Group + "/requests/{userId:guid}", Handle)
            .WithName("DeclineGroupJoinRequest")
            .WithSummary("Decline a join request (owner or admin)")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<NoContent> Handle(Guid id, Guid userId, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeclineJoinRequest(id, principal.GetUserId(), userId), cancellationToken);
        return TypedResults.NoContent();
    }
}
