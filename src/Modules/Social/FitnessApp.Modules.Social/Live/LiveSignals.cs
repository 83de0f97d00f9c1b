using System.Collections.Concurrent;

namespace FitnessApp.Modules.Social.Live;

/// <summary>
/// Tells the open portal pages (Blazor circuits) of a user that something changed for them, so the bell and the feed
/// update without a reload. In-process: with several hosts a page also re-reads on a timer (see ADR 0016), so a change
/// made on another host shows up within that period.
/// </summary>
internal sealed class LiveSignals
{
    private readonly ConcurrentDictionary<Guid, ImmutableSubscribers> subscribers = new();

    public IDisposable Subscribe(Guid userId, Func<LiveSignal, Task> handler)
    {
        var subscription = new Subscription(this, userId, handler);
        subscribers.AddOrUpdate(userId, _ => new([subscription]), (_, list) => list.With(subscription));
        return subscription;
    }

    public void Raise(Guid userId, LiveSignal signal)
    {
        if (!subscribers.TryGetValue(userId, out var list))
        {
            return;
        }

        foreach (var subscription in list.Items)
        {
            _ = subscription.InvokeAsync(signal);
        }
    }

    private void Remove(Subscription subscription) =>
        subscribers.AddOrUpdate(subscription.UserId, _ => new([]), (_, list) => list.Without(subscription));

    private sealed record ImmutableSubscribers(IReadOnlyList<Subscription> Items)
    {
        public ImmutableSubscribers With(Subscription s) => new([.. Items, s]);

        public ImmutableSubscribers Without(Subscription s) => new(Items.Where(x => !ReferenceEquals(x, s)).ToList());
    }

    private sealed class Subscription(LiveSignals owner, Guid userId, Func<LiveSignal, Task> handler) : IDisposable
    {
        public Guid UserId => userId;

        public async Task InvokeAsync(LiveSignal signal)
        {
            try
            {
                await handler(signal);
            }
            catch (ObjectDisposedException)
            {
                // The page's circuit went away between the signal and the render.
            }
        }

        public void Dispose() => owner.Remove(this);
    }
}
