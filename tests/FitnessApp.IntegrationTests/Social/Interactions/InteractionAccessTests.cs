using System.Net;
using System.Net.Http.Json;
using FitnessApp.IntegrationTests.Infrastructure;

namespace FitnessApp.IntegrationTests.Social.Interactions;

/// <summary>Every kudos and comment endpoint applies the one visibility rule: hidden activities are 404, no token is 401.</summary>
public abstract class InteractionAccessTests(FitnessAppFactory app)
{
    public static TheoryData<string, string> Endpoints => new()
    {
        { "GET", "" },
        { "PUT", "/kudos" },
        { "DELETE", "/kudos" },
        { "GET", "/kudos" },
        { "GET", "/comments" },
        { "POST", "/comments" },
        { "PUT", "/comments/{comment}" },
        { "DELETE", "/comments/{comment}" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Given_another_athletes_private_activity_When_calling_Then_404(string method, string path)
    {
        var (_, activityId, commentId) = await ActivityWithCommentAsync("private");
        var stranger = await app.AthleteAsync();

        var response = await SendAsync(stranger.Client, method, path, activityId, commentId);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Given_a_followers_only_activity_When_a_stranger_calls_Then_404(string method, string path)
    {
        var (_, activityId, commentId) = await ActivityWithCommentAsync("followers");
        var stranger = await app.AthleteAsync();

        var response = await SendAsync(stranger.Client, method, path, activityId, commentId);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Given_a_public_activity_When_an_athlete_blocked_by_its_owner_calls_Then_404(string method, string path)
    {
        var (owner, activityId, commentId) = await ActivityWithCommentAsync("public");
        var blocked = await app.AthleteAsync();
        await app.BlockAsync(owner, blocked);

        var response = await SendAsync(blocked.Client, method, path, activityId, commentId);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Given_a_public_activity_When_an_athlete_who_blocked_its_owner_calls_Then_404(string method, string path)
    {
        var (owner, activityId, commentId) = await ActivityWithCommentAsync("public");
        var blocker = await app.AthleteAsync();
        await app.BlockAsync(blocker, owner);

        var response = await SendAsync(blocker.Client, method, path, activityId, commentId);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Given_no_token_When_calling_Then_401(string method, string path)
    {
        var (_, activityId, commentId) = await ActivityWithCommentAsync("public");

        var response = await SendAsync(app.CreateClient(), method, path, activityId, commentId);

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Given_an_activity_that_does_not_exist_When_calling_Then_404(string method, string path)
    {
        var athlete = await app.AthleteAsync();

        var response = await SendAsync(athlete.Client, method, path, Guid.CreateVersion7(), Guid.CreateVersion7());

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_a_followers_only_activity_When_a_follower_reads_cheers_and_comments_Then_it_works()
    {
        var owner = await app.AthleteAsync();
        var follower = await app.AthleteAsync();
        await app.FollowAsync(follower, owner);
        var activityId = await owner.RecordRunAsync("followers");

        (await follower.Client.PutAsync(InteractionsApi.Kudos(activityId), null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var comment = await follower.CommentAsync(activityId, "  Nice one!  ");
        var view = await follower.ViewAsync(activityId);

        comment.GetProperty("text").GetString().ShouldBe("Nice one!");
        view.GetProperty("activity").GetProperty("athlete").GetProperty("displayName").GetString().ShouldBe(owner.DisplayName);
        view.GetProperty("activity").GetProperty("distanceMeters").GetDouble().ShouldBe(10000);
        view.GetProperty("activity").GetProperty("visibility").GetString().ShouldBe("followers");
        view.GetProperty("kudos").GetProperty("count").GetInt32().ShouldBe(1);
        view.GetProperty("kudos").GetProperty("given").GetBoolean().ShouldBeTrue();
        view.GetProperty("commentCount").GetInt32().ShouldBe(1);
        view.GetProperty("comments").GetProperty("items")[0].GetProperty("author").GetProperty("id").GetGuid().ShouldBe(follower.Id);
    }

    [Fact]
    public async Task Given_a_public_activity_When_a_stranger_views_it_Then_200_with_the_card_and_no_kudos_given()
    {
        var owner = await app.AthleteAsync();
        var stranger = await app.AthleteAsync();
        var activityId = await owner.RecordRunAsync("public");

        var view = await stranger.ViewAsync(activityId);

        view.GetProperty("activity").GetProperty("id").GetGuid().ShouldBe(activityId);
        view.GetProperty("activity").GetProperty("sport").GetString().ShouldBe("running");
        view.GetProperty("isOwner").GetBoolean().ShouldBeFalse();
        view.GetProperty("kudos").GetProperty("given").GetBoolean().ShouldBeFalse();
        view.GetProperty("kudos").GetProperty("canGive").GetBoolean().ShouldBeTrue();
        view.GetProperty("canComment").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Given_a_private_activity_When_its_owner_views_it_Then_200_and_kudos_cannot_be_given()
    {
        var owner = await app.AthleteAsync();
        var activityId = await owner.RecordRunAsync("private");

        var view = await owner.ViewAsync(activityId);

        view.GetProperty("isOwner").GetBoolean().ShouldBeTrue();
        view.GetProperty("kudos").GetProperty("canGive").GetBoolean().ShouldBeFalse();
    }

    private async Task<(Athlete Owner, Guid ActivityId, Guid CommentId)> ActivityWithCommentAsync(string visibility)
    {
        var owner = await app.AthleteAsync();
        var activityId = await owner.RecordRunAsync(visibility);
        var comment = await owner.CommentAsync(activityId, "First!");
        return (owner, activityId, comment.GetProperty("id").GetGuid());
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path, Guid activityId, Guid commentId)
    {
        var url = InteractionsApi.Activity(activityId) + path.Replace("{comment}", commentId.ToString(), StringComparison.Ordinal);
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method is "POST" or "PUT" && path.Contains("comments", StringComparison.Ordinal))
        {
            request.Content = JsonContent.Create(new { text = "Hello" });
        }

        return client.SendAsync(request);
    }
}

public sealed class InteractionAccessTests_Sqlite(SqliteApp app) : InteractionAccessTests(app), IClassFixture<SqliteApp>;

public sealed class InteractionAccessTests_Postgres(PostgresApp app) : InteractionAccessTests(app), IClassFixture<PostgresApp>;
