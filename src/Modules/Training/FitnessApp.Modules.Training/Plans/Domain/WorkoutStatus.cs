namespace FitnessApp.Modules.Training.Plans.Domain;

/// <summary>Planned (today or later), done (an activity completed it), missed (its day passed), rest (nothing to do).</summary>
internal enum WorkoutStatus
{
    Planned,
    Done,
    Missed,
    Rest,
}
