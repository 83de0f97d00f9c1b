using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Training.Contracts.Progress;

/// <summary>
/// How many of the activity's best efforts are the athlete's current best for their sport and distance (0 when the activity
/// has none, is not theirs or does not exist). Loyalty's personal-record achievements ask it when an activity is recorded.
/// </summary>
public sealed record CountPersonalRecords(Guid AthleteId, Guid ActivityId) : IQuery<int>;
