using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Training.Activities.UpdateActivity;

/// <summary>
/// Changes the owner's activity; a null field is left as it is, an empty <see cref="Notes"/> clears the notes,
/// <see cref="ClearGear"/> removes the gear (a non-null <see cref="GearId"/> wins over it).
/// </summary>
internal sealed record UpdateActivity(
    Guid ActivityId, Guid OwnerId, string? Title, string? Notes, string? Sport, string? Visibility, Guid? GearId, bool ClearGear = false)
    : ICommand<ActivityResponse>;
