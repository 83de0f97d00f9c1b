using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Training.Gear.UpdateGear;

internal static class UpdateGearEndpoint
{
    public static void MapUpdateGear(this IEndpointRouteBuilder group) =>
        group.MapPut(GearLoading.Route + "/{id:guid}", Handle)
            .WithName("UpdateGear")
            .WithSummary("Replace the fields of one of the caller's gear (a missing threshold means none)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<GearResponse>> Handle(
        Guid id, CreateGear.CreateGearEndpoint.Body body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(
            new UpdateGear(id, principal.GetUserId(), body.Kind, body.Name, body.Brand, body.Model, body.Sports, body.InitialDistanceMeters, body.RetirementThresholdMeters),
            cancellationToken));
}
