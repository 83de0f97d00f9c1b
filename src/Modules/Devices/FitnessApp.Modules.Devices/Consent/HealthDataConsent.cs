using FitnessApp.Modules.Accounts.Contracts.Consent;
using MediatR;

namespace FitnessApp.Modules.Devices.Consent;

/// <summary>Whether Accounts holds the athlete's explicit consent to store heart rate, weight and sleep.</summary>
internal static class HealthDataConsent
{
    public const string RefusedReason =
        "Heart rate, resting heart rate, sleep and weight are health data: they are stored only with the athlete's consent (PUT /api/v1/accounts/me/consents/health-data).";

    public static async Task<bool> GivenAsync(IMediator mediator, Guid athleteId, CancellationToken cancellationToken) =>
        (await mediator.Send(new GetHealthDataConsent([athleteId]), cancellationToken)).Contains(athleteId);

    /// <summary>Steps and workouts are activity data; the rest of what a device pushes is health data.</summary>
    public static bool IsHealthData(string? sampleType) => sampleType is "heartRate" or "restingHeartRate" or "sleep" or "weight";
}
