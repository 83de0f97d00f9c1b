using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Training.Gear.ListGear;

internal static class ListGearEndpoint
{
    public static void MapListGear(this IEndpointRouteBuilder group) =>
        group.MapGet(GearLoading.Route, Handle)
            .WithName("ListGear")
            .WithSummary("The caller's gear with accumulated distance and retirement warnings (in use first)")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<Ok<IReadOnlyList<GearResponse>>> Handle(ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListGear(principal.GetUserId()), cancellationToken));
}
