using System.Net;
using FitnessApp.IntegrationTests.Infrastructure;

namespace FitnessApp.IntegrationTests.Social.Connections;

public abstract class BlockTests(FitnessAppFactory app)
{
    [Fact]
    public async Task Given_follows_both_ways_and_a_request_When_blocking_Then_all_are_cut_and_the_block_is_listed()
    {
        var me = await app.CreateAthleteAsync(followersOnly: true);
        var other = await app.CreateAthleteAsync();
        var requester = await app.CreateAthleteAsync();
        await me.FollowsAsync(other);
        await other.FollowsAsync(me);
        await requester.FollowedAsync(me);

        (await me.BlockAsync(other.Id)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await me.BlockAsync(requester.Id)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await me.BlockAsync(other.Id)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await me.GetJsonAsync("/followers")).Ids().ShouldBeEmpty();
        (await me.GetJsonAsync("/following")).Ids().ShouldBeEmpty();
        (await other.GetJsonAsync("/following")).Ids().ShouldBeEmpty();
        (await other.GetJsonAsync("/followers")).Ids().ShouldBeEmpty();
        (await me.GetJsonAsync("/follow-requests")).Ids().ShouldBeEmpty();
        (await me.GetJsonAsync("/blocks")).Ids().ShouldBe([requester.Id, other.Id]);
    }

    [Fact]
    public async Task Given_a_block_When_the_blocked_athlete_blocks_back_Then_both_blocks_and_neither_can_follow()
    {
        var me = await app.CreateAthleteAsync();
        var other = await app.CreateAthleteAsync();

        await me.BlockAsync(other.Id);
        (await other.BlockAsync(me.Id)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await (await other.FollowAsync(me.Id)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await other.GetJsonAsync("/blocks")).Ids().ShouldBe([me.Id]);
    }

    [Fact]
    public async Task Given_a_block_When_unblocking_Then_following_works_again_and_unblocking_twice_is_204()
    {
        var me = await app.CreateAthleteAsync();
        var other = await app.CreateAthleteAsync();
        await me.BlockAsync(other.Id);

        (await me.Client.DeleteAsync($"{ConnectionsApi.Root}/blocks/{other.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await me.Client.DeleteAsync($"{ConnectionsApi.Root}/blocks/{other.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await me.GetJsonAsync("/blocks")).Ids().ShouldBeEmpty();
        (await other.FollowedAsync(me)).ShouldBe("following");
    }

    [Fact]
    public async Task Given_someone_elses_block_When_I_unblock_them_Then_their_block_stays()
    {
        var me = await app.CreateAthleteAsync();
        var other = await app.CreateAthleteAsync();
        await other.BlockAsync(me.Id);

        (await me.Client.DeleteAsync($"{ConnectionsApi.Root}/blocks/{other.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await (await me.FollowAsync(other.Id)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_myself_When_blocking_Then_400_names_the_user_id()
    {
        var me = await app.CreateAthleteAsync();

        var problem = await (await me.BlockAsync(me.Id)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorKeys().ShouldBe(["userId"]);
        (await (await me.Client.DeleteAsync($"{ConnectionsApi.Root}/blocks/{me.Id}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["userId"]);
    }

    [Fact]
    public async Task Given_an_unknown_athlete_When_blocking_Then_404()
    {
        var me = await app.CreateAthleteAsync();

        await (await me.BlockAsync(Guid.CreateVersion7())).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}

public sealed class BlockTests_Sqlite(SqliteApp app) : BlockTests(app), IClassFixture<SqliteApp>;

public sealed class BlockTests_Postgres(PostgresApp app) : BlockTests(app), IClassFixture<PostgresApp>;
