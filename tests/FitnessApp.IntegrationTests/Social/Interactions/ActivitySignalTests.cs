using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Social.Live;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Social.Interactions;

/// <summary>The live signal an activity page listens to: raised under the activity's id after each committed kudos or comment change.</summary>
public abstract class ActivitySignalTests(FitnessAppFactory app)
{
    [Fact]
    public async Task Given_a_page_listening_to_an_activity_When_others_comment_edit_delete_and_give_and_undo_kudos_Then_one_signal_each_after_the_commit()
    {
        var owner = await app.AthleteAsync();
        var fan = await app.AthleteAsync();
        var activityId = await owner.RecordRunAsync("public");
        var seen = new ConcurrentQueue<int>();
        using var subscription = app.Services.GetRequiredService<LiveSignals>().Subscribe(activityId, async signal =>
        {
            if (signal == LiveSignal.ActivityInteractions)
            {
                // What a page re-reads when told: the change must already be visible to another connection.
                seen.Enqueue(await app.SocialAsync(db => db.Comments.CountAsync(c => c.ActivityId == activityId)));
            }
        });

        var comment = await fan.CommentAsync(activityId, "Strong finish!");
        await UntilAsync(() => seen.Count == 1);
        var commentId = comment.GetProperty("id").GetGuid();
        (await fan.Client.PutAsJsonAsync(InteractionsApi.Comment(activityId, commentId), new { text = "Strong finish, again!" })).IsSuccessStatusCode.ShouldBeTrue();
        await UntilAsync(() => seen.Count == 2);
        (await fan.Client.PutAsync(InteractionsApi.Kudos(activityId), null)).IsSuccessStatusCode.ShouldBeTrue();
        await UntilAsync(() => seen.Count == 3);
        (await fan.Client.DeleteAsync(InteractionsApi.Kudos(activityId))).IsSuccessStatusCode.ShouldBeTrue();
        await UntilAsync(() => seen.Count == 4);
        (await owner.Client.DeleteAsync(InteractionsApi.Comment(activityId, commentId))).IsSuccessStatusCode.ShouldBeTrue();
        await UntilAsync(() => seen.Count == 5);

        seen.ToArray().ShouldBe([1, 1, 1, 1, 0]);
    }

    [Fact]
    public async Task Given_a_page_listening_to_an_activity_When_a_comment_is_refused_or_kudos_were_never_given_Then_no_signal()
    {
        var owner = await app.AthleteAsync();
        var fan = await app.AthleteAsync();
        var activityId = await owner.RecordRunAsync("public");
        var hidden = await owner.RecordRunAsync("private");
        var signals = 0;
        using var subscription = app.Services.GetRequiredService<LiveSignals>().Subscribe(activityId, _ =>
        {
            Interlocked.Increment(ref signals);
            return Task.CompletedTask;
        });

        (await fan.Client.PostAsJsonAsync(InteractionsApi.Comments(activityId), new { text = " " })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await fan.Client.DeleteAsync(InteractionsApi.Kudos(activityId))).IsSuccessStatusCode.ShouldBeTrue();
        (await fan.Client.PostAsJsonAsync(InteractionsApi.Comments(hidden), new { text = "Sneaky" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await fan.CommentAsync(activityId, "The one that counts");

        await UntilAsync(() => Volatile.Read(ref signals) >= 1);
        await Task.Delay(200);
        Volatile.Read(ref signals).ShouldBe(1);
    }

    private static async Task UntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        condition().ShouldBeTrue();
    }
}

public sealed class ActivitySignalTests_Sqlite(SqliteApp app) : ActivitySignalTests(app), IClassFixture<SqliteApp>;

public sealed class ActivitySignalTests_Postgres(PostgresApp app) : ActivitySignalTests(app), IClassFixture<PostgresApp>;
