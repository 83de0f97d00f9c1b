using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Training.Gear.RetireGear;

internal static class RetireGearEndpoint
{
    public static void MapRetireGear(this IEndpointRouteBuilder group)
    {
        group.MapPost(GearLoading.Route + "/{id:guid}/retire", Retire)
            .WithName("RetireGear")
            .WithSummary("Retire one of the caller's gear (it stops warning and sorts last)")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost(GearLoading.Route + "/{id:guid}/unretire", Unretire)
            .WithName("UnretireGear")
            .WithSummary("Put one of the caller's retired gear back in use")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<GearResponse>> Retire(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new RetireGear(id, principal.GetUserId(), Retired: true), cancellationToken));

    private static async Task<Ok<GearResponse>> Unretire(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new RetireGear(id, principal.GetUserId(), Retired: false), cancellationToken));
}
