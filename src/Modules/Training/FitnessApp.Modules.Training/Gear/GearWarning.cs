namespace FitnessApp.Modules.Training.Gear;

/// <summary>How close gear in use is to its retirement threshold.</summary>
internal enum GearWarning
{
    None = 0,

    /// <summary>At least <see cref="GearWear.NearRetirementShare"/> of the threshold.</summary>
    NearRetirement = 1,

    /// <summary>At or past the threshold.</summary>
    RetirementDue = 2,
}
