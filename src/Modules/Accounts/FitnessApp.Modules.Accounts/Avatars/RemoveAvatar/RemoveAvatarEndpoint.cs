using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Accounts.Avatars.RemoveAvatar;

internal static class RemoveAvatarEndpoint
{
    public static void MapRemoveAvatar(this IEndpointRouteBuilder group) =>
        group.MapDelete("/me/avatar", Handle)
            .RequireAuthorization()
            .WithName("RemoveMyAvatar")
            .WithSummary("Remove the signed-in athlete's avatar (204 also when there was none)")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<NoContent> Handle(ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new RemoveAvatar(principal.GetUserId()), cancellationToken);
        return TypedResults.NoContent();
    }
}
