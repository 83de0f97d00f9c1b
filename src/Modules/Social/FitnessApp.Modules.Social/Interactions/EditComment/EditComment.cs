using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Social.Interactions.EditComment;

/// <summary>Changes the text of the editor's own comment (403 for someone else's comment they can see, 404 if they cannot).</summary>
internal sealed record EditComment(Guid ActivityId, Guid CommentId, Guid EditorId, string? Text) : ICommand<CommentResponse>;
