using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Training.Contracts.Tracks;

/// <summary>
/// Deletes an activity recorded through <see cref="RecordTrackActivity"/> (e.g. when the Devices module could not
/// finish storing its import and compensates). Publishes <c>ActivityDeleted</c> like any deletion; answers false
/// when the athlete has no such activity (already gone), so a repeated compensation is harmless.
/// </summary>
public sealed record DeleteTrackActivity(Guid ActivityId, Guid AthleteId) : ICommand<bool>;
