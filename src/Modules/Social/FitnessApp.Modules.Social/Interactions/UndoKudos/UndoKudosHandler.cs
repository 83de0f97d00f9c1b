using FitnessApp.Modules.Social.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Interactions.UndoKudos;

internal sealed class UndoKudosHandler(SocialDbContext db, ActivityAccess access, ActivitySignals signals) : IRequestHandler<UndoKudos, KudosSummary>
{
    public async Task<KudosSummary> Handle(UndoKudos request, CancellationToken cancellationToken)
    {
        var activity = await access.RequireAsync(request.ActivityId, request.GiverId, cancellationToken);
        if (await db.Kudos.Where(k => k.ActivityId == activity.Id && k.AthleteId == request.GiverId).ExecuteDeleteAsync(cancellationToken) > 0)
        {
            signals.Changed(activity.Id);
        }

        var count = await db.Kudos.CountAsync(k => k.ActivityId == activity.Id, cancellationToken);
        return new KudosSummary(count, Given: false, CanGive: !activity.IsOwnedBy(request.GiverId));
    }
}
