using FitnessApp.Modules.Social.Live;

namespace FitnessApp.Modules.Social.Tests.Domain;

public sealed class LiveSignalsTests
{
    [Fact]
    public void Given_two_users_subscribed_When_one_is_signalled_Then_only_their_handler_runs_until_it_unsubscribes()
    {
        var signals = new LiveSignals();
        var alice = Guid.NewGuid();
        var bob = Guid.NewGuid();
        var received = new List<(Guid, LiveSignal)>();
        var aliceSubscription = signals.Subscribe(alice, s => { received.Add((alice, s)); return Task.CompletedTask; });
        using var bobSubscription = signals.Subscribe(bob, s => { received.Add((bob, s)); return Task.CompletedTask; });

        signals.Raise(alice, LiveSignal.Notification);
        aliceSubscription.Dispose();
        signals.Raise(alice, LiveSignal.Feed);
        signals.Raise(bob, LiveSignal.Feed);

        received.ShouldBe([(alice, LiveSignal.Notification), (bob, LiveSignal.Feed)]);
    }
}
