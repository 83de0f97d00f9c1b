using FitnessApp.Modules.Shared.Data;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Live;

namespace FitnessApp.Modules.Social.Interactions;

/// <summary>
/// Collects the activities whose kudos or comments changed and tells their open pages once the change is committed
/// (<see cref="LiveSignal.ActivityInteractions"/> under the activity's id); nothing is told for a change that rolled back.
/// </summary>
internal sealed class ActivitySignals(SocialDbContext db, LiveSignals signals)
{
    private readonly HashSet<Guid> pending = [];

    public void Changed(Guid activityId)
    {
        if (pending.Count == 0)
        {
            db.OnCommitted(Flush);
        }

        pending.Add(activityId);
    }

    private void Flush()
    {
        foreach (var activityId in pending)
        {
            signals.Raise(activityId, LiveSignal.ActivityInteractions);
        }

        pending.Clear();
    }
}
