using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Training.Contracts.Tracks;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Devices.Exports;

/// <summary>
/// Any activity the caller may see, as GPX. An activity without a positioned track (a manual entry, an indoor
/// session) has nothing a GPX file can hold: 404 with a detail saying so, rather than a GPX without points.
/// </summary>
internal static class ExportGpxEndpoint
{
    public static void MapExportGpx(this IEndpointRouteBuilder group) =>
        group.MapGet("/activities/{activityId:guid}/export.gpx", Handle)
            .WithName("ExportActivityGpx")
            .WithSummary("An activity's track as GPX 1.1 (Garmin TrackPointExtension heart rate, cadence, temperature; power)")
            .Produces(StatusCodes.Status200OK, contentType: "application/gpx+xml")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> Handle(
        Guid activityId, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        var track = await mediator.Send(new GetActivityTrack(activityId, principal.GetUserId()), cancellationToken);
        if (track is null)
        {
            return TypedResults.Problem($"Activity '{activityId}' was not found.", statusCode: StatusCodes.Status404NotFound, title: "Not found.");
        }

        if (!GpxWriter.HasPositions(track))
        {
            return TypedResults.Problem("The activity has no recorded GPS track, so there is nothing to export as GPX.",
                statusCode: StatusCodes.Status404NotFound, title: "Not found.", extensions: new Dictionary<string, object?> { ["code"] = "export.noTrack" });
        }

        return TypedResults.Stream(
            output => GpxWriter.WriteAsync(track, output, cancellationToken),
            "application/gpx+xml",
            $"activity-{activityId:N}.gpx");
    }
}
