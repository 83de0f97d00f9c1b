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

namespace FitnessApp.Modules.Social.Groups.GetGroup;

/// <summary>One group with its member count and the caller's role and standing (name only for a private group's non-member).</summary>
internal sealed record GetGroup(Guid GroupId, Guid ViewerId) : IQuery<GroupResponse>;

internal sealed class GetGroupHandler(SocialDbContext db, GroupAccess access) : IRequestHandler<GetGroup, GroupResponse>
{
    public async Task<GroupResponse> Handle(GetGroup request, CancellationToken cancellationToken)
    {
        var view = await access.FindAsync(request.GroupId, request.ViewerId, cancellationToken);
        return GroupResponse.From(view.Group, view.Membership, await db.MemberCountAsync(view.Group.Id, cancellationToken));
    }
}

internal static class GetGroupEndpoint
{
    public static void MapGetGroup(this IEndpointRouteBuilder api) =>
        api.MapGet(GroupRoutes.Group, Handle)
            .WithName("GetGroup")
            .WithSummary("One group: details, member count, the caller's role and membership state")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<GroupResponse>> Handle(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetGroup(id, principal.GetUserId()), cancellationToken));
}
