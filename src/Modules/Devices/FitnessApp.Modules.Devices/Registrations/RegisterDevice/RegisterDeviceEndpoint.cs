using System.Security.Claims;
using FitnessApp.Modules.Devices.Data;
using FitnessApp.Modules.Shared.Idempotency;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Devices.Registrations.RegisterDevice;

internal static class RegisterDeviceEndpoint
{
    public sealed record Body(string? Kind, string? Name);

    public static void MapRegisterDevice(this IEndpointRouteBuilder group) =>
        group.MapPost(DeviceRoutes.Registrations, Handle)
            .WithIdempotency<DevicesDbContext>()
            .WithName("RegisterDevice")
            .WithSummary("Register a device (phone, watch, pedometer, heartRateStrap, bikeComputer); the answer holds its token, shown this once only")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<Created<RegisteredDevice>> Handle(Body body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        var registered = await mediator.Send(new RegisterDevice(principal.GetUserId(), body.Kind, body.Name), cancellationToken);
        return TypedResults.Created(DeviceRoutes.Of(registered.Device.Id), registered);
    }
}
