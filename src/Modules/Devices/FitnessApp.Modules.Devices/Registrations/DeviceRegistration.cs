namespace FitnessApp.Modules.Devices.Registrations;

/// <summary>A device an athlete registered to push samples; its token is stored only as a SHA-256 hash.</summary>
internal sealed class DeviceRegistration
{
    public const int NameMaxLength = 100;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid OwnerId { get; init; }

    public DeviceKind Kind { get; init; }

    public required string Name { get; set; }

    /// <summary>Lower-case hex SHA-256 of the token (<see cref="DeviceTokens"/>).</summary>
    public required string TokenHash { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime? LastSeenAt { get; set; }

    public DateTime? RevokedAt { get; set; }
}
