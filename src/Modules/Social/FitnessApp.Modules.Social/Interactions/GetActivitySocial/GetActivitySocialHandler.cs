using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Interactions.GetActivitySocial;

internal sealed class GetActivitySocialHandler(SocialDbContext db, ActivityAccess access, AthleteDirectory athletes, CommentReader comments)
    : IRequestHandler<GetActivitySocial, ActivitySocialResponse>
{
    public async Task<ActivitySocialResponse> Handle(GetActivitySocial request, CancellationToken cancellationToken)
    {
        var activity = await access.RequireAsync(request.ActivityId, request.ViewerId, cancellationToken);
        var card = activity.Card;
        var owner = (await athletes.SummariesAsync([card.OwnerId], cancellationToken))[card.OwnerId];
        var kudos = db.Kudos.AsNoTracking().Where(k => k.ActivityId == card.ActivityId);
        var kudosCount = await kudos.CountAsync(cancellationToken);
        var given = await kudos.AnyAsync(k => k.AthleteId == request.ViewerId, cancellationToken);
        var commentCount = await comments.VisibleTo(card.ActivityId, request.ViewerId).CountAsync(cancellationToken);
        var page = await comments.PageAsync(activity, request.ViewerId, cursor: null, request.CommentLimit, cancellationToken);
        var isOwner = activity.IsOwnedBy(request.ViewerId);
        return new ActivitySocialResponse(
            new ActivityCardResponse(
                card.ActivityId,
                owner,
                card.Sport,
                card.Title,
                card.StartTime,
                card.TimeZone,
                card.DistanceMeters,
                card.MovingSeconds,
                card.ElapsedSeconds,
                card.ElevationGainMeters,
                card.Visibility,
                card.Route),
            isOwner,
            new KudosSummary(kudosCount, given, CanGive: !isOwner),
            commentCount,
            CanComment: true,
            page);
    }
}
