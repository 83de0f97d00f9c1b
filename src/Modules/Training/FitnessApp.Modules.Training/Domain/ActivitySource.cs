namespace FitnessApp.Modules.Training.Domain;

/// <summary>How an activity came in: typed by the athlete or recorded by a device.</summary>
internal enum ActivitySource
{
    Manual,
    Device,
}
