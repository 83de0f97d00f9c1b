using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Training.Contracts.Tracks;

/// <summary>
/// Deletes an activity that the Devices module recorded (e.g. deleted at the provider it was synced from), for its
/// owner. Answers false when there is no such activity of that owner any more (already deleted): safe to repeat.
/// </summary>
public sealed record DeleteSyncedActivity(Guid ActivityId, Guid OwnerId) : ICommand<bool>;
