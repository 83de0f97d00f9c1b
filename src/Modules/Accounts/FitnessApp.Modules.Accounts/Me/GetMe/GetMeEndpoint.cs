using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Accounts.Me.GetMe;

internal static class GetMeEndpoint
{
    public static void MapGetMe(this IEndpointRouteBuilder group) =>
        group.MapGet("/me", Handle)
            .RequireAuthorization()
            .WithName("GetMe")
            .WithSummary("The signed-in account: id, email, display name, roles, profile and settings")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<Ok<MeResponse>> Handle(ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetMe(principal.GetUserId()), cancellationToken));
}
