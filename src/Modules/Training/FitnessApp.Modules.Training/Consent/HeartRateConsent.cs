using FitnessApp.Modules.Accounts.Contracts.Consent;
using FitnessApp.Modules.Training.Contracts.Tracks;
using MediatR;

namespace FitnessApp.Modules.Training.Consent;

/// <summary>
/// Heart rate is health data: an activity keeps it (stream, average, maximum) only when the athlete has given Accounts
/// the explicit consent. The record handlers ask here before anything is computed, so nothing derived from it is stored.
/// </summary>
internal static class HeartRateConsent
{
    public static async Task<bool> GivenAsync(IMediator mediator, Guid athleteId, CancellationToken cancellationToken) =>
        (await mediator.Send(new GetHealthDataConsent([athleteId]), cancellationToken)).Contains(athleteId);

    /// <summary>The track as it may be stored: without heart-rate samples unless the athlete consented.</summary>
    public static async Task<RecordTrackActivity> ApplyAsync(IMediator mediator, RecordTrackActivity request, CancellationToken cancellationToken) =>
        !request.Samples.Any(s => s.HeartRate is not null) || await GivenAsync(mediator, request.AthleteId, cancellationToken)
            ? request
            : request with { Samples = request.Samples.Select(s => s with { HeartRate = null }).ToList() };
}
