using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Training.Activities.UpdateActivity;

internal static class UpdateActivityEndpoint
{
    /// <summary>Only the fields sent change; <c>notes: ""</c> clears the notes.</summary>
    public sealed record Body(string? Title, string? Notes, string? Sport, string? Visibility, Guid? GearId);

    public static void MapUpdateActivity(this IEndpointRouteBuilder group) =>
        group.MapPatch(ActivityRoutes.Activities + "/{id:guid}", Handle)
            .WithName("UpdateActivity")
            .WithSummary("Change the title, notes, sport, visibility or gear of one of the caller's activities")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<ActivityResponse>> Handle(Guid id, Body body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(
            new UpdateActivity(id, principal.GetUserId(), body.Title, body.Notes, body.Sport, body.Visibility, body.GearId), cancellationToken));
}
