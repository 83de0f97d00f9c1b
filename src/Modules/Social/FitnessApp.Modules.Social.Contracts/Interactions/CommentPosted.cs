using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Social.Contracts.Interactions;

/// <summary>An athlete commented on an activity (the owner's own comments included).</summary>
public sealed record CommentPosted(Guid AuthorId, Guid ActivityId, Guid OwnerId) : IntegrationEvent;
