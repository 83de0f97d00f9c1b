using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Training.Gear.GetGear;

internal static class GetGearEndpoint
{
    public static void MapGetGear(this IEndpointRouteBuilder group) =>
        group.MapGet(GearLoading.Route + "/{id:guid}", Handle)
            .WithName("GetGear")
            .WithSummary("One of the caller's gear with its accumulated distance")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<GearResponse>> Handle(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetGear(id, principal.GetUserId()), cancellationToken));
}
