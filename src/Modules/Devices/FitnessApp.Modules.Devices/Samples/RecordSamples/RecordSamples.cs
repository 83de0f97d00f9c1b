using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Devices.Samples.RecordSamples;

/// <summary>
/// Stores a batch from an authenticated device: samples are upserted per (device, type, start) (a re-sent sample
/// replaces the stored one and counts as a duplicate), the athlete's affected local days are recomputed, and each new
/// workout session becomes one Training activity per (device, start). All or nothing: one bad item refuses the batch.
/// </summary>
internal sealed record RecordSamples(Guid DeviceId, Guid OwnerId, string DeviceName, IReadOnlyList<SampleInput>? Samples) : ICommand<RecordedSamples>;

/// <param name="Accepted">Items new to the server.</param>
/// <param name="Duplicates">Items it already had (same device, type and time), including repeats within the batch.</param>
/// <param name="ActivityIds">The Training activities recorded from new workout sessions.</param>
/// <param name="Days">The athlete's local days whose daily metrics were recomputed.</param>
/// <param name="Refused">Items not stored because the athlete has not consented to health data (heart rate, resting heart rate, sleep, weight).</param>
/// <param name="RefusedReason">Why they were refused; null when none was.</param>
internal sealed record RecordedSamples(int Accepted, int Duplicates, IReadOnlyList<Guid> ActivityIds, IReadOnlyList<DateOnly> Days, int Refused = 0, string? RefusedReason = null);
