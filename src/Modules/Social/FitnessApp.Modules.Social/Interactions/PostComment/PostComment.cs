using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Social.Interactions.PostComment;

/// <summary>Comments on an activity the author may see; <c>@Name</c> mentions notify the athletes they name.</summary>
internal sealed record PostComment(Guid ActivityId, Guid AuthorId, string? Text) : ICommand<CommentResponse>;
