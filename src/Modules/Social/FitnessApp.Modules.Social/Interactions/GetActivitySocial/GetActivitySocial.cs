using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Social.Interactions.GetActivitySocial;

/// <summary>One activity as Social shows it to <see cref="ViewerId"/>: card, kudos and the first page of comments.</summary>
internal sealed record GetActivitySocial(Guid ActivityId, Guid ViewerId, int CommentLimit = CommentReader.DefaultLimit) : IQuery<ActivitySocialResponse>;
