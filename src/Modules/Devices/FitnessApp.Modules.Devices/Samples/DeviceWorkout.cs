namespace FitnessApp.Modules.Devices.Samples;

/// <summary>A workout session a device pushed, recorded once per (device, start) as the Training activity <see cref="ActivityId"/>.</summary>
internal sealed class DeviceWorkout
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid DeviceId { get; init; }

    public Guid OwnerId { get; init; }

    public DateTime Start { get; init; }

    public Guid ActivityId { get; init; }

    public DateTime CreatedAt { get; init; }
}
