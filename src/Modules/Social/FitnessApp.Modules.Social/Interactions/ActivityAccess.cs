using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Social.Contracts.Connections;
using FitnessApp.Modules.Social.Domain;
using FitnessApp.Modules.Training.Contracts.Activities;
using MediatR;

namespace FitnessApp.Modules.Social.Interactions;

/// <summary>An activity the viewer may see, with how the viewer stands toward its owner.</summary>
internal sealed record VisibleActivity(ActivityCard Card, Audience Audience)
{
    public Guid Id => Card.ActivityId;

    public Guid OwnerId => Card.OwnerId;

    public bool IsOwnedBy(Guid userId) => Card.OwnerId == userId;
}

/// <summary>
/// Every kudos and comment call starts here: the activity must exist (Training's card) and the caller must be allowed
/// to see it (<see cref="SocialGraph.MaySee"/>); otherwise it is a 404, whatever the reason (missing, private, blocked).
/// </summary>
internal sealed class ActivityAccess(IMediator mediator, SocialGraph graph)
{
    public const string Resource = "Activity";

    public async Task<VisibleActivity> RequireAsync(Guid activityId, Guid viewerId, CancellationToken cancellationToken) =>
        await FindAsync(activityId, viewerId, cancellationToken) ?? throw new NotFoundException(Resource, activityId);

    public async Task<VisibleActivity?> FindAsync(Guid activityId, Guid viewerId, CancellationToken cancellationToken)
    {
        var cards = await mediator.Send(new GetActivityCards([activityId]), cancellationToken);
        var card = cards.FirstOrDefault(c => c.ActivityId == activityId);
        if (card is null)
        {
            return null;
        }

        var audience = await graph.AudienceAsync(viewerId, card.OwnerId, cancellationToken);
        return SocialGraph.MaySee(audience, card.Visibility) ? new VisibleActivity(card, audience) : null;
    }
}
