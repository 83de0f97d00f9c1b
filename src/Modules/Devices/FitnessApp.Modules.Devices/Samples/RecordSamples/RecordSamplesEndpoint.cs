using FitnessApp.Modules.Devices.Registrations.AuthenticateDevice;
using FitnessApp.Modules.Shared.Errors;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Devices.Samples.RecordSamples;

internal static class RecordSamplesEndpoint
{
    /// <summary>The scheme of the Authorization header a device sends: <c>Authorization: Device fad_…</c>.</summary>
    public const string Scheme = "Device";

    public sealed record Body(IReadOnlyList<SampleInput>? Samples);

    public static void MapRecordSamples(this IEndpointRouteBuilder group) =>
        group.MapPost("/samples", Handle)
            .AllowAnonymous()
            .WithName("RecordSamples")
            .WithSummary("Push a batch of samples from a registered device (Authorization: Device <token>): steps, heartRate, restingHeartRate, sleep, weight, workout; idempotent per (device, type, time)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

    private static async Task<Ok<RecordedSamples>> Handle(HttpRequest http, Body? body, IMediator mediator, CancellationToken cancellationToken)
    {
        // The device is checked before the samples are validated: a stranger learns nothing from validation errors.
        var device = await mediator.Send(new AuthenticateDevice(TokenOf(http)), cancellationToken);
        if (body?.Samples is { Count: > SampleLimits.MaxBatch } samples)
        {
            throw new PayloadTooLargeException($"A batch may hold at most {SampleLimits.MaxBatch} samples; this one holds {samples.Count}. Send them in several batches.");
        }

        return TypedResults.Ok(await mediator.Send(new RecordSamples(device.DeviceId, device.OwnerId, device.Name, body?.Samples), cancellationToken));
    }

    private static string? TokenOf(HttpRequest http)
    {
        var header = http.Headers.Authorization.ToString();
        return header.StartsWith(Scheme + " ", StringComparison.OrdinalIgnoreCase) ? header[(Scheme.Length + 1)..].Trim() : null;
    }
}
