using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Contracts.Paging;

namespace FitnessApp.Modules.Social.Interactions.ListComments;

/// <summary>The comments of an activity the viewer may see, oldest first, after <see cref="Cursor"/>.</summary>
internal sealed record ListComments(Guid ActivityId, Guid ViewerId, string? Cursor, int Limit) : IQuery<Page<CommentResponse>>;
