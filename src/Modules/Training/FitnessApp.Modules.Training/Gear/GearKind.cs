namespace FitnessApp.Modules.Training.Gear;

/// <summary>What a piece of gear is; shoes get a default retirement threshold, the others none.</summary>
internal enum GearKind
{
    Shoes = 0,
    Bike = 1,
    Other = 2,
}
