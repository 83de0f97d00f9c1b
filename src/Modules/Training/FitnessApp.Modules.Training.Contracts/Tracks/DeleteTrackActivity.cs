using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Training.Contracts.Tracks;

/// <summary>
/// Deletes an activity recorded through <see cref="RecordTrackActivity"/>: when the Devices module could not finish
/// storing its import and compensates, or when the provider it was synced from deleted it.
/// Publishes <c>ActivityDeleted</c> like any deletion; answers false when the athlete has no such activity (already
/// gone), so a repeat is harmless.
/// </summary>
public sealed record DeleteTrackActivity(Guid ActivityId, Guid AthleteId) : ICommand<bool>;
