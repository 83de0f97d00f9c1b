using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Social.Contracts.Interactions;

/// <summary>An athlete gave kudos to another athlete's activity for the first time (an undo and redo does not repeat it).</summary>
public sealed record KudosGiven(Guid GiverId, Guid ActivityId, Guid OwnerId) : IntegrationEvent;
