using System.Collections.Concurrent;
using System.Net;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Social.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Social.Connections;

/// <summary>Every change of the follow graph is told to the registered observers (the feed's hook), once per direction that counted.</summary>
public abstract class FollowObserverTests(FitnessAppFactory app, RecordingFollowObserver observer)
{
    [Fact]
    public async Task Given_a_public_profile_When_following_and_unfollowing_Then_started_then_ended()
    {
        var me = await app.CreateAthleteAsync();
        var other = await app.CreateAthleteAsync();

        await me.FollowedAsync(other);
        await me.FollowedAsync(other);
        await me.UnfollowAsync(other.Id);
        await me.UnfollowAsync(other.Id);

        observer.Of(me.Id, other.Id).ShouldBe(["started", "ended"]);
    }

    [Fact]
    public async Task Given_a_followers_only_profile_When_requesting_then_accepting_Then_started_only_on_accept_and_a_withdrawn_request_ends_nothing()
    {
        var owner = await app.CreateAthleteAsync(followersOnly: true);
        var accepted = await app.CreateAthleteAsync();
        var withdrawn = await app.CreateAthleteAsync();
        await accepted.FollowedAsync(owner);
        await withdrawn.FollowedAsync(owner);
        observer.Of(accepted.Id, owner.Id).ShouldBeEmpty();

        (await owner.AcceptAsync(accepted.Id)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await withdrawn.UnfollowAsync(owner.Id);

        observer.Of(accepted.Id, owner.Id).ShouldBe(["started"]);
        observer.Of(withdrawn.Id, owner.Id).ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_follows_both_ways_When_blocking_Then_both_directions_end_and_removing_a_follower_ends_theirs()
    {
        var me = await app.CreateAthleteAsync();
        var other = await app.CreateAthleteAsync();
        var fan = await app.CreateAthleteAsync();
        await me.FollowedAsync(other);
        await other.FollowedAsync(me);
        await fan.FollowedAsync(me);

        await me.BlockAsync(other.Id);
        await me.Client.DeleteAsync($"{ConnectionsApi.Root}/followers/{fan.Id}");

        observer.Of(me.Id, other.Id).ShouldBe(["started", "ended"]);
        observer.Of(other.Id, me.Id).ShouldBe(["started", "ended"]);
        observer.Of(fan.Id, me.Id).ShouldBe(["started", "ended"]);
    }
}

/// <summary>Remembers what the observers were told, per (follower, followee).</summary>
public sealed class RecordingFollowObserver : IFollowObserver
{
    private readonly ConcurrentDictionary<(Guid, Guid), ConcurrentQueue<string>> _calls = new();

    public IReadOnlyList<string> Of(Guid followerId, Guid followeeId) =>
        _calls.TryGetValue((followerId, followeeId), out var calls) ? [.. calls] : [];

    Task IFollowObserver.FollowStartedAsync(Guid followerId, Guid followeeId, CancellationToken cancellationToken) => Add(followerId, followeeId, "started");

    Task IFollowObserver.FollowEndedAsync(Guid followerId, Guid followeeId, CancellationToken cancellationToken) => Add(followerId, followeeId, "ended");

    private Task Add(Guid followerId, Guid followeeId, string call)
    {
        _calls.GetOrAdd((followerId, followeeId), _ => new ConcurrentQueue<string>()).Enqueue(call);
        return Task.CompletedTask;
    }
}

/// <summary>A host whose follow observers include a <see cref="RecordingFollowObserver"/>.</summary>
public class ObservedApp : FitnessAppFactory
{
    protected ObservedApp(TestDatabase database)
        : base(database) =>
        WithServices(services => services.AddScoped<IFollowObserver>(_ => Observer));

    public RecordingFollowObserver Observer { get; } = new();
}

public sealed class ObservedSqliteApp() : ObservedApp(TestDatabase.Sqlite);

public sealed class ObservedPostgresApp() : ObservedApp(TestDatabase.Postgres);

public sealed class FollowObserverTests_Sqlite(ObservedSqliteApp app) : FollowObserverTests(app, app.Observer), IClassFixture<ObservedSqliteApp>;

public sealed class FollowObserverTests_Postgres(ObservedPostgresApp app) : FollowObserverTests(app, app.Observer), IClassFixture<ObservedPostgresApp>;
