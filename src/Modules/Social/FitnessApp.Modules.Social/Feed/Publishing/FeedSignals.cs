using FitnessApp.Modules.Shared.Data;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Live;

namespace FitnessApp.Modules.Social.Feed.Publishing;

/// <summary>Collects the viewers whose feed got something new and tells their open pages once the change is committed.</summary>
internal sealed class FeedSignals
{
    private readonly SocialDbContext db;
    private readonly LiveSignals signals;
    private readonly HashSet<Guid> pending = [];

    public FeedSignals(SocialDbContext db, LiveSignals signals)
    {
        this.db = db;
        this.signals = signals;
    }

    public void Add(IEnumerable<Guid> viewers)
    {
        if (pending.Count == 0)
        {
            db.OnCommitted(Flush);
        }

        pending.UnionWith(viewers);
    }

    private void Flush()
    {
        foreach (var viewer in pending)
        {
            signals.Raise(viewer, LiveSignal.Feed);
        }

        pending.Clear();
    }
}
