using System.Net.Http.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Contracts.Tracks;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Training;

/// <summary>Tracks as the Devices module hands them over: through the Training contract, in the host's services.</summary>
public static class TrackApi
{
    /// <summary>Metres per degree of latitude on the sphere the statistics engine uses.</summary>
    private const double MetersPerDegree = 6_371_008.8 * Math.PI / 180;

    public const double RunSpeed = 3.33;

    public const int RunSeconds = 1_500;

    /// <summary>A run north along a meridian at <see cref="RunSpeed"/> m/s for <see cref="RunSeconds"/> s (4,995 m), 1 Hz, HR 150, altitude 50 m.</summary>
    public static RecordTrackActivity Run(Guid athleteId, Visibility? visibility = null, string? title = null)
    {
        var start = DateTimeOffset.UtcNow.AddHours(-2);
        var samples = Enumerable.Range(0, RunSeconds + 1)
            .Select(i => new TrackSample(
                start.AddSeconds(i),
                Latitude: 52.5 + (i * RunSpeed / MetersPerDegree),
                Longitude: 13.4,
                Altitude: 50,
                HeartRate: 150,
                Cadence: 170,
                Temperature: 12.5))
            .ToList();
        return new RecordTrackActivity(athleteId, Sport.Running, start, "Europe/Berlin", samples, title ?? $"Track {Guid.NewGuid():N}", visibility, DeviceName: "Test watch");
    }

    public static async Task<RecordedTrackActivity> SendAsync(this FitnessAppFactory app, RecordTrackActivity command)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command);
    }

    public static async Task<Guid> AthleteIdAsync(this HttpClient client) =>
        (await client.GetFromJsonAsync<Me>("/api/v1/accounts/me"))!.Id;

    private sealed record Me(Guid Id);
}
