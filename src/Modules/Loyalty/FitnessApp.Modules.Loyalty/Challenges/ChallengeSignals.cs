using System.Collections.Concurrent;

namespace FitnessApp.Modules.Loyalty.Challenges;

/// <summary>
/// Tells open challenge pages (Blazor circuits) of this host that a challenge's leaderboard changed, after the commit. With
/// several hosts a page also re-reads on a timer, so a change made elsewhere shows within that period.
/// </summary>
internal sealed class ChallengeSignals
{
    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<Guid, Func<Task>>> subscribers = new();

    public IDisposable Subscribe(Guid challengeId, Func<Task> handler)
    {
        var key = Guid.NewGuid();
        subscribers.GetOrAdd(challengeId, _ => new()).TryAdd(key, handler);
        return new Subscription(() => subscribers.GetOrAdd(challengeId, _ => new()).TryRemove(key, out _));
    }

    public void Raise(Guid challengeId)
    {
        if (!subscribers.TryGetValue(challengeId, out var handlers))
        {
            return;
        }

        foreach (var handler in handlers.Values)
        {
            _ = InvokeAsync(handler);
        }
    }

    private static async Task InvokeAsync(Func<Task> handler)
    {
        try
        {
            await handler();
        }
        catch (ObjectDisposedException)
        {
            // The page's circuit went away between the signal and the render.
        }
    }

    private sealed class Subscription(Action remove) : IDisposable
    {
        public void Dispose() => remove();
    }
}
