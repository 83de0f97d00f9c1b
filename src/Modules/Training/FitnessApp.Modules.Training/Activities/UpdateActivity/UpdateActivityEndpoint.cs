using System.Security.Claims;
using System.Text.Json.Serialization;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Training.Activities.UpdateActivity;

internal static class UpdateActivityEndpoint
{
    /// <summary>
    /// Only the fields sent change (JSON merge patch); <c>notes: ""</c> clears the notes, <c>gearId: null</c> clears the
    /// gear while a body without <c>gearId</c> keeps it.
    /// </summary>
    public sealed record Body(string? Title, string? Notes, string? Sport, string? Visibility)
    {
        private readonly Guid? _gearId;

        public Guid? GearId
        {
            get => _gearId;
            init
            {
                _gearId = value;
                HasGearId = true;
            }
        }

        /// <summary>True when the body named <c>gearId</c> at all, even as null (the deserializer calls the setter only then).</summary>
        [JsonIgnore]
        public bool HasGearId { get; private init; }
    }

    public static void MapUpdateActivity(this IEndpointRouteBuilder group) =>
        group.MapPatch(ActivityRoutes.Activities + "/{id:guid}", Handle)
            .WithName("UpdateActivity")
            .WithSummary("Change the title, notes, sport, visibility or gear of one of the caller's activities (gearId: null removes the gear)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<ActivityResponse>> Handle(Guid id, Body body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(
            new UpdateActivity(
                id, principal.GetUserId(), body.Title, body.Notes, body.Sport, body.Visibility, body.GearId, ClearGear: body.HasGearId && body.GearId is null),
            cancellationToken));
}
