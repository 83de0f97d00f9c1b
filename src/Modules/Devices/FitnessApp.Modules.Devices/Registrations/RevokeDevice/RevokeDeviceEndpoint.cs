using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Devices.Registrations.RevokeDevice;

internal static class RevokeDeviceEndpoint
{
    public static void MapRevokeDevice(this IEndpointRouteBuilder group) =>
        group.MapDelete(DeviceRoutes.Registrations + "/{id:guid}", Handle)
            .WithName("RevokeDevice")
            .WithSummary("Revoke one of the caller's devices: its token stops working at once (its data stays)")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<NoContent> Handle(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        await mediator.Send(new RevokeDevice(id, principal.GetUserId()), cancellationToken);
        return TypedResults.NoContent();
    }
}
