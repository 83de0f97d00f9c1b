namespace FitnessApp.Modules.Training.Goals;

/// <summary>The calendar period a goal counts over, in the athlete's time zone; weeks are ISO weeks (Monday first).</summary>
internal enum GoalPeriod
{
    Week = 0,
    Month = 1,
    Year = 2,
}
