using System.Security.Claims;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Domain;
using FitnessApp.Modules.Social.Groups.Domain;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Groups.ListPending;

/// <summary>Join requests and open invitations of a group, oldest first (owner and admins).</summary>
internal sealed record ListPending(Guid GroupId, Guid UserId) : IQuery<IReadOnlyList<MemberResponse>>;

internal sealed class ListPendingHandler(SocialDbContext db, GroupAccess access, AthleteDirectory athletes) : IRequestHandler<ListPending, IReadOnlyList<MemberResponse>>
{
    public async Task<IReadOnlyList<MemberResponse>> Handle(ListPending request, CancellationToken cancellationToken)
    {
        var view = await access.FindAsAdminAsync(request.GroupId, request.UserId, cancellationToken);
        var pending = await db.GroupMembers.AsNoTracking()
            .Where(m => m.GroupId == view.Group.Id && m.State != MembershipState.Active)
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id)
            .ToListAsync(cancellationToken);
        var names = await athletes.NamesAsync(pending.Select(m => m.UserId), cancellationToken);
        return pending.Select(m => MemberResponse.From(m, names)).ToList();
    }
}

internal static class ListPendingEndpoint
{
    public static void MapListPending(this IEndpointRouteBuilder api) =>
        api.MapGet(GroupRoutes.Group + "/pending", Handle)
            .WithName("ListGroupPending")
            .WithSummary("A group's join requests and open invitations (owner and admins)")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<IReadOnlyList<MemberResponse>>> Handle(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListPending(id, principal.GetUserId()), cancellationToken));
}
