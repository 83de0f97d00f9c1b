namespace FitnessApp.Modules.Training.Plans.Domain;

/// <summary>How hard a planned workout is; <see cref="Rest"/> days are shown but never completed nor counted.</summary>
internal enum Intensity
{
    Easy,
    Moderate,
    Hard,
    Interval,
    Long,
    Rest,
}
