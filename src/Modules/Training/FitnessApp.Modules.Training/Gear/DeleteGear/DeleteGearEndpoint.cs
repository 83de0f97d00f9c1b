using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Training.Gear.DeleteGear;

internal static class DeleteGearEndpoint
{
    public static void MapDeleteGear(this IEndpointRouteBuilder group) =>
        group.MapDelete(GearLoading.Route + "/{id:guid}", Handle)
            .WithName("DeleteGear")
            .WithSummary("Delete one of the caller's gear; its activities keep no gear")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<NoContent> Handle(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteGear(id, principal.GetUserId()), cancellationToken);
        return TypedResults.NoContent();
    }
}
