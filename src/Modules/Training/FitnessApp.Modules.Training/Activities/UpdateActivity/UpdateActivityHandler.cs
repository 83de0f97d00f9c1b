using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Messaging.Outbox;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Data;
using FitnessApp.Modules.Training.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Training.Activities.UpdateActivity;

internal sealed class UpdateActivityHandler(TrainingDbContext db, TimeProvider clock) : IRequestHandler<UpdateActivity, ActivityResponse>
{
    public async Task<ActivityResponse> Handle(UpdateActivity request, CancellationToken cancellationToken)
    {
        var activity = await db.FindOwnAsync(request.ActivityId, request.OwnerId, cancellationToken);
        if (request.Sport is not null)
        {
            activity.Sport = CheckedSport(activity, WireNames.Parse<Sport>(request.Sport));
            await MoveBestEffortsAsync(activity, cancellationToken);
        }

        if (request.Title is not null)
        {
            activity.Title = request.Title.Trim();
        }

        if (request.Notes is not null)
        {
            activity.Notes = string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes;
        }

        if (request.Visibility is not null)
        {
            activity.Visibility = CheckedVisibility(activity, WireNames.Parse<Visibility>(request.Visibility));
        }

        if (request.GearId is not null)
        {
            activity.GearId = request.GearId;
        }
        else if (request.ClearGear)
        {
            activity.GearId = null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        activity.UpdatedAt = now;
        db.AddIntegrationEvent(ActivityEvents.Updated(activity, now), now);
        return ActivityResponse.From(activity);
    }

    /// <summary>The activity's best efforts count for its sport's records, so they follow a change of sport.</summary>
    private async Task MoveBestEffortsAsync(Activity activity, CancellationToken cancellationToken)
    {
        var efforts = await db.ActivityBestEfforts.Where(e => e.ActivityId == activity.Id && e.Sport != activity.Sport).ToListAsync(cancellationToken);
        efforts.ForEach(e => e.Sport = activity.Sport);
    }

    /// <summary>An owner-only activity (synced from a provider whose terms say so) stays private.</summary>
    private static Visibility CheckedVisibility(Activity activity, Visibility visibility) =>
        activity.OwnerOnly && visibility != Visibility.Private
            ? throw FieldErrors.For(
                "visibility",
                "The activity was synced from a provider whose terms let only its owner see it; its visibility stays private.")
            : visibility;

    /// <summary>A new sport must fit what is recorded: no distance on strength or yoga, exercises only on strength.</summary>
    private static Sport CheckedSport(Activity activity, Sport sport)
    {
        if (activity.DistanceMeters is not null && !SportRules.For(sport).HasDistance)
        {
            throw FieldErrors.For("sport", $"The activity has a distance, which {WireNames.Of(sport)} does not have.");
        }

        if (activity.Exercises.Count > 0 && sport != Sport.Strength)
        {
            throw FieldErrors.For("sport", "The activity has strength exercises; only strength fits them.");
        }

        return sport;
    }
}
