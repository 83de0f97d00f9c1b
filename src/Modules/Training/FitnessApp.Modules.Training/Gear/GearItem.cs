using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Training.Gear;

/// <summary>
/// Shoes, a bike or other gear of one athlete. Its accumulated distance is not stored: it is
/// <see cref="InitialDistanceMeters"/> plus the distance of the owner's activities that name it (<see cref="GearDistances"/>).
/// </summary>
internal sealed class GearItem
{
    public const int NameMaxLength = 100;
    public const int BrandMaxLength = 100;
    public const int ModelMaxLength = 100;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid OwnerId { get; init; }

    public GearKind Kind { get; set; }

    public required string Name { get; set; }

    public string? Brand { get; set; }

    public string? Model { get; set; }

    public List<Sport> Sports { get; set; } = [];

    /// <summary>Metres already on the gear when it was added.</summary>
    public double InitialDistanceMeters { get; set; }

    /// <summary>Metres after which the gear should be retired; null for none.</summary>
    public double? RetirementThresholdMeters { get; set; }

    /// <summary>When the athlete retired it (UTC); null while in use.</summary>
    public DateTime? RetiredAt { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    public bool IsRetired => RetiredAt is not null;
}
