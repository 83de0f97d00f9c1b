namespace FitnessApp.Modules.Devices.Samples;

/// <summary>
/// One sample pushed by a device, unique per (device, type, start). <see cref="Value"/> is steps for an interval, bpm for
/// (resting) heart rate, kg for weight, unused (0) for sleep. <see cref="End"/> is set for intervals (steps, sleep).
/// </summary>
internal sealed class DeviceSample
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid DeviceId { get; init; }

    public Guid OwnerId { get; init; }

    public SampleType Type { get; init; }

    public DateTime Start { get; init; }

    public DateTime? End { get; set; }

    public double Value { get; set; }

    public SleepStage? Stage { get; set; }
}
