using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Training.Progress.GetRecords;

/// <param name="Value">Metres, seconds or metres of climb, as the record's name says.</param>
internal sealed record PersonalRecord(Guid ActivityId, DateOnly Date, double Value);

/// <param name="Name">400m, 1k, 1mile, 5k, 10k, half-marathon, marathon.</param>
internal sealed record BestEffortRecord(string Name, double DistanceMeters, Guid ActivityId, DateOnly Date, double Seconds);

internal sealed record SportRecords(
    Sport Sport,
    PersonalRecord? LongestDistance,
    PersonalRecord? LongestMovingTime,
    PersonalRecord? MostElevationGain,
    IReadOnlyList<BestEffortRecord> BestEfforts);

/// <param name="Sports">Sports the athlete has activities of, in the order of <see cref="Sport"/>.</param>
internal sealed record RecordsResponse(IReadOnlyList<SportRecords> Sports);
