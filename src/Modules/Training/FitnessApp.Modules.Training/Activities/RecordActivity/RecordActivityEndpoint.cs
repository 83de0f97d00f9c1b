using System.Security.Claims;
using FitnessApp.Modules.Shared.Idempotency;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Training.Data;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Training.Activities.RecordActivity;

internal static class RecordActivityEndpoint
{
    /// <summary>The request body; <c>sport</c> and <c>visibility</c> are camelCase names, <c>startTime</c> an ISO 8601 instant.</summary>
    public sealed record Body(
        string? Sport,
        string? Title,
        DateTimeOffset? StartTime,
        string? TimeZone,
        int? ElapsedSeconds,
        int? MovingSeconds,
        double? DistanceMeters,
        double? ElevationGainMeters,
        int? AverageHeartRate,
        int? MaxHeartRate,
        int? Calories,
        int? PerceivedEffort,
        string? Notes,
        string? Visibility,
        Guid? GearId,
        IReadOnlyList<ExerciseInput>? Exercises);

    public static void MapRecordActivity(this IEndpointRouteBuilder group) =>
        group.MapPost(ActivityRoutes.Activities, Handle)
            .WithIdempotency<TrainingDbContext>()
            .WithName("RecordActivity")
            .WithSummary("Record a manual activity (visibility defaults to private)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<Created<ActivityResponse>> Handle(Body body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        var command = new RecordActivity(
            principal.GetUserId(), body.Sport, body.Title, body.StartTime, body.TimeZone, body.ElapsedSeconds, body.MovingSeconds,
            body.DistanceMeters, body.ElevationGainMeters, body.AverageHeartRate, body.MaxHeartRate, body.Calories, body.PerceivedEffort,
            body.Notes, body.Visibility, body.GearId, body.Exercises);
        var activity = await mediator.Send(command, cancellationToken);
        return TypedResults.Created(ActivityRoutes.Of(activity.Id), activity);
    }
}
