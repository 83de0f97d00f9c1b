using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Training;
using FitnessApp.Modules.Social.Moderation;
using FitnessApp.Modules.Social.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Social.Interactions;

public abstract class CommentTests(FitnessAppFactory app)
{
    [Fact]
    public async Task Given_a_public_activity_When_a_stranger_comments_Then_201_with_the_trimmed_text_and_the_owner_is_notified()
    {
        var owner = await app.AthleteAsync();
        var fan = await app.AthleteAsync();
        var activityId = await owner.RecordRunAsync("public");

        var response = await fan.Client.PostAsJsonAsync(InteractionsApi.Comments(activityId), new { text = "  Great run!  " });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var comment = await response.JsonAsync();
        comment.GetProperty("text").GetString().ShouldBe("Great run!");
        comment.GetProperty("canEdit").GetBoolean().ShouldBeTrue();
        response.Headers.Location!.ToString().ShouldBe(InteractionsApi.Comment(activityId, comment.GetProperty("id").GetGuid()));
        var notification = await app.SocialAsync(db => db.Notifications.SingleAsync(n => n.RecipientId == owner.Id && n.Kind == NotificationKind.Comment));
        notification.ActorId.ShouldBe(fan.Id);
        notification.Excerpt.ShouldBe("Great run!");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("LONG")]
    public async Task Given_bad_text_When_commenting_Then_400_naming_text_and_nothing_is_stored(string? text)
    {
        var owner = await app.AthleteAsync();
        var activityId = await owner.RecordRunAsync("public");
        text = text == "LONG" ? new string('x', 1001) : text;

        var response = await owner.Client.PostAsJsonAsync(InteractionsApi.Comments(activityId), new { text });

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["text"]);
        (await app.SocialAsync(db => db.Comments.CountAsync(c => c.ActivityId == activityId))).ShouldBe(0);
    }

    [Fact]
    public async Task Given_a_text_of_1000_characters_after_trimming_When_commenting_Then_201()
    {
        var owner = await app.AthleteAsync();
        var activityId = await owner.RecordRunAsync("public");

        var response = await owner.Client.PostAsJsonAsync(InteractionsApi.Comments(activityId), new { text = $"  {new string('x', 1000)}  " });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Given_ones_own_comment_When_editing_Then_200_with_the_new_text_and_editedAt()
    {
        var owner = await app.AthleteAsync();
        var fan = await app.AthleteAsync();
        var activityId = await owner.RecordRunAsync("public");
        var commentId = (await fan.CommentAsync(activityId, "Nice")).GetProperty("id").GetGuid();

        var response = await fan.Client.PutAsJsonAsync(InteractionsApi.Comment(activityId, commentId), new { text = "Very nice" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var comment = await response.JsonAsync();
        comment.GetProperty("text").GetString().ShouldBe("Very nice");
        comment.GetProperty("editedAt").ValueKind.ShouldBe(JsonValueKind.String);
    }

    [Fact]
    public async Task Given_ones_own_comment_When_editing_with_empty_text_Then_400_naming_text()
    {
        var owner = await app.AthleteAsync();
        var activityId = await owner.RecordRunAsync("public");
        var commentId = (await owner.CommentAsync(activityId, "Nice")).GetProperty("id").GetGuid();

        var response = await owner.Client.PutAsJsonAsync(InteractionsApi.Comment(activityId, commentId), new { text = " " });

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["text"]);
    }

    [Fact]
    public async Task Given_another_athletes_comment_When_the_activity_owner_edits_it_Then_403()
    {
        var owner = await app.AthleteAsync();
        var fan = await app.AthleteAsync();
        var activityId = await owner.RecordRunAsync("public");
        var commentId = (await fan.CommentAsync(activityId, "Nice")).GetProperty("id").GetGuid();

        var response = await owner.Client.PutAsJsonAsync(InteractionsApi.Comment(activityId, commentId), new { text = "Changed" });

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await app.SocialAsync(db => db.Comments.SingleAsync(c => c.Id == commentId))).Text.ShouldBe("Nice");
    }

    [Fact]
    public async Task Given_a_comment_on_another_activity_When_addressed_through_this_activity_Then_404()
    {
        var owner = await app.AthleteAsync();
        var activityId = await owner.RecordRunAsync("public");
        var otherActivityId = await owner.RecordRunAsync("public");
        var commentId = (await owner.CommentAsync(otherActivityId, "Elsewhere")).GetProperty("id").GetGuid();

        var response = await owner.Client.PutAsJsonAsync(InteractionsApi.Comment(activityId, commentId), new { text = "Changed" });

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_a_comment_When_its_author_deletes_it_Then_204_and_it_is_gone_with_its_notification()
    {
        var owner = await app.AthleteAsync();
        var fan = await app.AthleteAsync();
        var activityId = await owner.RecordRunAsync("public");
        var commentId = (await fan.CommentAsync(activityId, "Oops")).GetProperty("id").GetGuid();

        var response = await fan.Client.DeleteAsync(InteractionsApi.Comment(activityId, commentId));

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await app.SocialAsync(db => db.Comments.AnyAsync(c => c.Id == commentId))).ShouldBeFalse();
        (await app.SocialAsync(db => db.Notifications.AnyAsync(n => n.SubjectId == commentId))).ShouldBeFalse();
    }

    [Fact]
    public async Task Given_a_comment_on_my_activity_When_I_the_owner_delete_it_Then_204()
    {
        var owner = await app.AthleteAsync();
        var fan = await app.AthleteAsync();
        var activityId = await owner.RecordRunAsync("public");
        var commentId = (await fan.CommentAsync(activityId, "Spam")).GetProperty("id").GetGuid();

        var response = await owner.Client.DeleteAsync(InteractionsApi.Comment(activityId, commentId));

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await app.SocialAsync(db => db.Comments.AnyAsync(c => c.Id == commentId))).ShouldBeFalse();
    }

    [Fact]
    public async Task Given_someone_elses_comment_on_someone_elses_activity_When_a_third_athlete_deletes_it_Then_403()
    {
        var owner = await app.AthleteAsync();
        var fan = await app.AthleteAsync();
        var other = await app.AthleteAsync();
        var activityId = await owner.RecordRunAsync("public");
        var commentId = (await fan.CommentAsync(activityId, "Mine")).GetProperty("id").GetGuid();

        var response = await other.Client.DeleteAsync(InteractionsApi.Comment(activityId, commentId));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await app.SocialAsync(db => db.Comments.AnyAsync(c => c.Id == commentId))).ShouldBeTrue();
    }

    [Fact]
    public async Task Given_three_comments_When_paging_by_two_Then_oldest_first_across_pages()
    {
        var owner = await app.AthleteAsync();
        var activityId = await owner.RecordRunAsync("public");
        foreach (var text in new[] { "one", "two", "three" })
        {
            await owner.CommentAsync(activityId, text);
        }

        var first = await owner.Client.GetFromJsonAsync<JsonElement>($"{InteractionsApi.Comments(activityId)}?limit=2");
        var cursor = first.GetProperty("nextCursor").GetString();
        var second = await owner.Client.GetFromJsonAsync<JsonElement>($"{InteractionsApi.Comments(activityId)}?limit=2&cursor={cursor}");

        Texts(first).ShouldBe(["one", "two"]);
        Texts(second).ShouldBe(["three"]);
        second.GetProperty("nextCursor").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Given_mentions_When_commenting_Then_the_followed_athlete_is_notified_but_not_the_owner_twice_nor_a_stranger_nor_self()
    {
        var owner = await app.AthleteAsync("Olga Owner");
        var author = await app.AthleteAsync("Boris Author");
        var friend = await app.AthleteAsync("Clara Friend");
        var stranger = await app.AthleteAsync("Dmitri Stranger");
        await app.FollowAsync(author, friend);
        var activityId = await owner.RecordRunAsync("public");

        var comment = await author.CommentAsync(activityId, "@olga owner look, @Clara Friend and @Dmitri Stranger, says @Boris Author");

        var mentioned = await app.SocialAsync(db => db.Notifications.Where(n => n.Kind == NotificationKind.Mention && n.ActorId == author.Id).Select(n => n.RecipientId).ToListAsync());
        mentioned.ShouldBe([friend.Id]);
        (await app.SocialAsync(db => db.Notifications.CountAsync(n => n.RecipientId == owner.Id && n.ActorId == author.Id))).ShouldBe(1);
        comment.GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("athleteId").GetGuid())
            .ShouldBe([owner.Id, friend.Id, author.Id]);
    }

    [Fact]
    public async Task Given_a_mentioned_athlete_who_blocked_the_author_When_commenting_Then_no_mention_notification()
    {
        var owner = await app.AthleteAsync("Pavel Owner");
        var author = await app.AthleteAsync("Rita Author");
        var friend = await app.AthleteAsync("Sasha Friend");
        await app.FollowAsync(author, friend);
        await app.BlockAsync(friend, author);
        var activityId = await owner.RecordRunAsync("public");

        await author.CommentAsync(activityId, "Hey @Sasha Friend");

        (await app.SocialAsync(db => db.Notifications.AnyAsync(n => n.RecipientId == friend.Id))).ShouldBeFalse();
    }

    [Fact]
    public async Task Given_an_earlier_commenter_When_mentioned_in_an_edit_Then_notified_once_even_after_a_second_edit()
    {
        var owner = await app.AthleteAsync("Tanya Owner");
        var earlier = await app.AthleteAsync("Ulrich Earlier");
        var author = await app.AthleteAsync("Vera Author");
        var activityId = await owner.RecordRunAsync("public");
        await earlier.CommentAsync(activityId, "First");
        var commentId = (await author.CommentAsync(activityId, "Second")).GetProperty("id").GetGuid();

        await author.Client.PutAsJsonAsync(InteractionsApi.Comment(activityId, commentId), new { text = "Second, @Ulrich Earlier" });
        await author.Client.PutAsJsonAsync(InteractionsApi.Comment(activityId, commentId), new { text = "Second!, @Ulrich Earlier" });

        (await app.SocialAsync(db => db.Notifications.CountAsync(n => n.RecipientId == earlier.Id && n.Kind == NotificationKind.Mention))).ShouldBe(1);
    }

    [Fact]
    public async Task Given_eleven_followed_athletes_mentioned_When_commenting_Then_ten_are_notified()
    {
        var owner = await app.AthleteAsync();
        var author = await app.AthleteAsync();
        var activityId = await owner.RecordRunAsync("public");
        var names = new List<string>();
        for (var i = 0; i < 11; i++)
        {
            var friend = await app.AthleteAsync($"Mention Friend {i:00} {Guid.NewGuid():N}"[..24]);
            await app.FollowAsync(author, friend);
            names.Add(friend.DisplayName);
        }

        await author.CommentAsync(activityId, string.Join(' ', names.Select(n => $"@{n}")));

        (await app.SocialAsync(db => db.Notifications.CountAsync(n => n.ActorId == author.Id && n.Kind == NotificationKind.Mention))).ShouldBe(10);
    }

    [Fact]
    public async Task Given_a_comment_hidden_by_a_moderator_Then_only_its_author_sees_it_and_others_cannot_change_it()
    {
        var owner = await app.AthleteAsync();
        var author = await app.AthleteAsync();
        var activityId = await owner.RecordRunAsync("public");
        var commentId = (await author.CommentAsync(activityId, "Rude words")).GetProperty("id").GetGuid();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var target = scope.ServiceProvider.GetServices<IModerationTarget>().Single(t => t.Kind == ReportTarget.Comment);
            (await target.OwnerAsync(commentId, owner.Id, CancellationToken.None)).ShouldBe(author.Id);
            (await target.DescribeAsync(commentId, CancellationToken.None)).ShouldBe("Rude words");
            await target.HideAsync(commentId, DateTime.UtcNow, CancellationToken.None);
        }

        var ownerView = await owner.ViewAsync(activityId);
        var authorView = await author.ViewAsync(activityId);
        var delete = await owner.Client.DeleteAsync(InteractionsApi.Comment(activityId, commentId));

        ownerView.GetProperty("commentCount").GetInt32().ShouldBe(0);
        authorView.GetProperty("comments").GetProperty("items")[0].GetProperty("hidden").GetBoolean().ShouldBeTrue();
        await delete.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_an_activity_with_kudos_and_comments_When_it_is_deleted_in_Training_Then_they_are_removed()
    {
        var owner = await app.AthleteAsync();
        var fan = await app.AthleteAsync();
        var activityId = await owner.RecordRunAsync("public");
        await fan.Client.PutAsync(InteractionsApi.Kudos(activityId), null);
        await fan.CommentAsync(activityId, "Bye");

        (await owner.Client.DeleteAsync($"{ActivityApi.Url}/{activityId}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await Polling.UntilAsync(
            () => app.SocialAsync(async db => await db.Kudos.CountAsync(k => k.ActivityId == activityId) + await db.Comments.CountAsync(c => c.ActivityId == activityId)),
            count => count == 0,
            because: "ActivityDeleted to reach Social");
        // Only the activity's own notifications go with it (the run may also have earned the owner achievements).
        (await app.SocialAsync(db => db.Notifications.CountAsync(n => n.RecipientId == owner.Id
            && (n.Kind == NotificationKind.Kudos || n.Kind == NotificationKind.Comment || n.Kind == NotificationKind.Mention)))).ShouldBe(0);
        await (await fan.Client.GetAsync(InteractionsApi.Activity(activityId))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_an_athlete_with_kudos_and_comments_given_and_received_When_their_social_data_is_erased_Then_all_of_it_is_gone_and_others_remain()
    {
        var erased = await app.AthleteAsync();
        var other = await app.AthleteAsync();
        var own = await erased.RecordRunAsync("public");
        var others = await other.RecordRunAsync("public");
        await other.Client.PutAsync(InteractionsApi.Kudos(own), null);
        await other.CommentAsync(own, "On the erased athlete's activity");
        await erased.Client.PutAsync(InteractionsApi.Kudos(others), null);
        await erased.CommentAsync(others, "By the erased athlete");
        await other.CommentAsync(others, "Stays");

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var part = scope.ServiceProvider.GetServices<FitnessApp.Modules.Social.PersonalData.ISocialDataPart>()
                .Single(p => p.GetType().Name == "InteractionsDataPart");
            await part.EraseAsync(erased.Id, CancellationToken.None);
            await part.EraseAsync(erased.Id, CancellationToken.None);
        }

        (await app.SocialAsync(db => db.Kudos.CountAsync(k => k.ActivityId == own || k.AthleteId == erased.Id))).ShouldBe(0);
        (await app.SocialAsync(db => db.Comments.CountAsync(c => c.ActivityId == own || c.AuthorId == erased.Id))).ShouldBe(0);
        (await app.SocialAsync(db => db.Comments.Select(c => c.Text).Where(t => t == "Stays").CountAsync())).ShouldBe(1);
    }

    private static List<string?> Texts(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("text").GetString()).ToList();
}

public sealed class CommentTests_Sqlite(SqliteApp app) : CommentTests(app), IClassFixture<SqliteApp>;

public sealed class CommentTests_Postgres(PostgresApp app) : CommentTests(app), IClassFixture<PostgresApp>;
