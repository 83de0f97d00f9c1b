using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Training.Gear.CreateGear;

internal static class CreateGearEndpoint
{
    /// <summary>The request body; <c>kind</c> is <c>shoes</c>, <c>bike</c> or <c>other</c>, distances are metres.</summary>
    public sealed record Body(
        string? Kind,
        string? Name,
        string? Brand,
        string? Model,
        IReadOnlyList<string>? Sports,
        double? InitialDistanceMeters,
        double? RetirementThresholdMeters);

    public static void MapCreateGear(this IEndpointRouteBuilder group) =>
        group.MapPost(GearLoading.Route, Handle)
            .WithName("CreateGear")
            .WithSummary("Add shoes, a bike or other gear (without a threshold, shoes get 800 km)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<Created<GearResponse>> Handle(Body body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        var gear = await mediator.Send(
            new CreateGear(principal.GetUserId(), body.Kind, body.Name, body.Brand, body.Model, body.Sports, body.InitialDistanceMeters, body.RetirementThresholdMeters),
            cancellationToken);
        return TypedResults.Created(GearLoading.Of(gear.Id), gear);
    }
}
