using FitnessApp.Modules.Training.Plans.Enrolments;

namespace FitnessApp.Modules.Training.Plans.Calendar;

/// <summary>Whole weeks (Monday first) from <see cref="From"/> to <see cref="To"/> covering <see cref="Month"/>.</summary>
internal sealed record CalendarResponse(string Month, DateOnly From, DateOnly To, IReadOnlyList<CalendarDayResponse> Days);

/// <summary>One day: <see cref="InMonth"/> is false for the days of the neighbouring months that fill the first and last weeks.</summary>
internal sealed record CalendarDayResponse(
    DateOnly Date,
    bool InMonth,
    IReadOnlyList<CalendarActivityResponse> Activities,
    IReadOnlyList<PlannedWorkoutResponse> PlannedWorkouts);

/// <summary>A done activity; <see cref="StartTime"/> is the local wall-clock start in its own time zone.</summary>
internal sealed record CalendarActivityResponse(Guid Id, string Sport, string Title, double? DistanceMeters, int MovingSeconds, DateTime StartTime);
