using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Devices.Registrations.ListDevices;

internal static class ListDevicesEndpoint
{
    public static void MapListDevices(this IEndpointRouteBuilder group) =>
        group.MapGet(DeviceRoutes.Registrations, Handle)
            .WithName("ListDevices")
            .WithSummary("The caller's registered devices, newest first (kind, name, created, last seen, revoked)")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<Ok<IReadOnlyList<DeviceResponse>>> Handle(ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListDevices(principal.GetUserId()), cancellationToken));
}
