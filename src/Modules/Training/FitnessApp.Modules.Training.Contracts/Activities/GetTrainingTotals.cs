using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Training.Contracts.Activities;

/// <summary>
/// Totals of each athlete's activities started in [<paramref name="From"/>, <paramref name="To"/>) (UTC), of one sport or of
/// all. Only public and followers-only activities count: a private workout must not leak through a total someone else
/// sees (a group leaderboard). Every asked athlete is in the answer, with zeros when nothing counted.
/// </summary>
public sealed record GetTrainingTotals(IReadOnlyCollection<Guid> AthleteIds, DateTime From, DateTime To, Sport? Sport)
    : IQuery<IReadOnlyList<TrainingTotals>>;

public sealed record TrainingTotals(Guid AthleteId, double DistanceMeters, long MovingSeconds, int Count);
