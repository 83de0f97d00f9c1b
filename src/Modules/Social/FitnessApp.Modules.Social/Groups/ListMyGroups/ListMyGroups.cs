using System.Security.Claims;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Social.Data;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Groups.ListMyGroups;

/// <summary>The groups the caller belongs to, has asked to join or is invited to (see <c>myState</c>), by name.</summary>
internal sealed record ListMyGroups(Guid UserId) : IQuery<IReadOnlyList<GroupResponse>>;

internal sealed class ListMyGroupsHandler(SocialDbContext db) : IRequestHandler<ListMyGroups, IReadOnlyList<GroupResponse>>
{
    public async Task<IReadOnlyList<GroupResponse>> Handle(ListMyGroups request, CancellationToken cancellationToken)
    {
        var user = request.UserId;
        var ids = db.GroupMembers.Where(m => m.UserId == user).Select(m => m.GroupId);
        var groups = await db.Groups.AsNoTracking()
            .Where(g => ids.Contains(g.Id) && (g.HiddenAt == null || g.OwnerId == user))
            .OrderBy(g => g.Name).ThenBy(g => g.Id)
            .ToListAsync(cancellationToken);
        return await db.ResponsesAsync(groups, user, cancellationToken);
    }
}

internal static class ListMyGroupsEndpoint
{
    public static void MapListMyGroups(this IEndpointRouteBuilder api) =>
        api.MapGet(GroupRoutes.Groups + "/mine", Handle)
            .WithName("ListMyGroups")
            .WithSummary("The caller's groups, join requests and invitations")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<Ok<IReadOnlyList<GroupResponse>>> Handle(ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListMyGroups(principal.GetUserId()), cancellationToken));
}
