using FitnessApp.Modules.Devices.Samples.RecordSamples;
using MediatR;

namespace FitnessApp.Modules.Devices.Consent;

/// <summary>
/// What of a pushed batch may be stored: without the athlete's health-data consent, heart-rate, resting-heart-rate,
/// sleep and weight items are refused (counted, not stored) and workouts lose their heart-rate samples (Training drops
/// them too). Steps and workouts are activity data and are always kept.
/// </summary>
internal static class HealthDataConsentFilter
{
    public static async Task<(IReadOnlyList<SampleInput> Items, int Refused)> ApplyAsync(
        IMediator mediator, Guid athleteId, IReadOnlyList<SampleInput> items, CancellationToken cancellationToken)
    {
        if (!items.Any(i => HealthDataConsent.IsHealthData(i.Type) || i.HeartRates is { Count: > 0 })
            || await HealthDataConsent.GivenAsync(mediator, athleteId, cancellationToken))
        {
            return (items, 0);
        }

        return Without(items);
    }

    public static (IReadOnlyList<SampleInput> Items, int Refused) Without(IReadOnlyList<SampleInput> items)
    {
        var kept = items.Where(i => !HealthDataConsent.IsHealthData(i.Type))
            .Select(i => i.HeartRates is { Count: > 0 } ? i with { HeartRates = null } : i)
            .ToList();
        return (kept, items.Count - kept.Count);
    }
}
