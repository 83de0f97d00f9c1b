using FitnessApp.Modules.Shared.Contracts.Messaging;
using MediatR;

namespace FitnessApp.Modules.Social.Interactions.DeleteComment;

/// <summary>Deletes a comment: its author or the activity's owner may (403 for anyone else who can see it).</summary>
internal sealed record DeleteComment(Guid ActivityId, Guid CommentId, Guid UserId) : ICommand<Unit>;
