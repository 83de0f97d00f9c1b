using System.Net;
using System.Net.Http.Json;
using FitnessApp.IntegrationTests.Infrastructure;

namespace FitnessApp.IntegrationTests.Support;

/// <summary>The athletes' side of support through HTTP: their tickets only, replies, resolution, bad input.</summary>
public abstract class SupportTicketTests(SupportApp app)
{
    [Fact]
    public async Task Given_an_athlete_When_they_open_a_ticket_Then_it_is_new_listed_and_readable_with_their_text()
    {
        var athlete = await app.CreateAthleteClientAsync();

        var response = await athlete.PostAsJsonAsync(SupportApi.Tickets, SupportApi.NewTicket("Sync broken", "My watch does not sync."));

        var created = await response.ReadJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        response.Headers.Location!.ToString().ShouldBe($"{SupportApi.Tickets}/{id}");
        created.GetProperty("status").GetString().ShouldBe("new");
        created.GetProperty("category").GetString().ShouldBe("devices");
        var list = await (await athlete.GetAsync(SupportApi.Tickets)).ReadJsonAsync();
        list.Ids().ShouldBe([id]);
        var detail = await (await athlete.GetAsync($"{SupportApi.Tickets}/{id}")).ReadJsonAsync();
        detail.GetProperty("subject").GetString().ShouldBe("Sync broken");
        var message = detail.GetProperty("messages").EnumerateArray().Single();
        message.GetProperty("kind").GetString().ShouldBe("athlete");
        message.GetProperty("text").GetString().ShouldBe("My watch does not sync.");
    }

    [Fact]
    public async Task Given_another_athletes_ticket_When_an_athlete_reads_replies_resolves_or_uploads_Then_404_and_it_is_unchanged()
    {
        var owner = await app.CreateAthleteClientAsync();
        var id = await owner.OpenTicketAsync();
        var stranger = await app.CreateAthleteClientAsync();
        var url = $"{SupportApi.Tickets}/{id}";

        await (await stranger.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.PostAsJsonAsync($"{url}/messages", new { text = "hijack" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.PostAsync($"{url}/resolve", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.UploadScreenshotAsync(id, SupportApi.Png)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await stranger.GetAsync(SupportApi.Tickets)).ReadJsonAsync()).Ids().ShouldBeEmpty();

        var detail = await (await owner.GetAsync(url)).ReadJsonAsync();
        detail.GetProperty("status").GetString().ShouldBe("new");
        detail.GetProperty("messages").GetArrayLength().ShouldBe(1);
        detail.GetProperty("hasScreenshot").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Given_no_credentials_When_calling_support_endpoints_Then_401()
    {
        var anonymous = app.CreateClient();
        var id = Guid.NewGuid();

        await (await anonymous.GetAsync(SupportApi.Tickets)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.PostAsJsonAsync(SupportApi.Tickets, SupportApi.NewTicket())).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.GetAsync($"{SupportApi.Tickets}/{id}")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.GetAsync($"{SupportApi.Tickets}/{id}/screenshot")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.PostAsJsonAsync(SupportApi.Feedback, new { category = "idea", text = "x" })).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.GetAsync(SupportApi.Queue)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.PutAsJsonAsync($"{SupportApi.Queue}/{id}/status", new { status = "resolved" })).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_bad_input_When_an_athlete_opens_a_ticket_Then_400_naming_each_field_and_nothing_is_stored()
    {
        var athlete = await app.CreateAthleteClientAsync();

        var response = await athlete.PostAsJsonAsync(SupportApi.Tickets, new { category = "billing", subject = "", text = new string('x', 5001) });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorKeys().ShouldBe(["category", "subject", "text"], ignoreOrder: true);
        (await (await athlete.GetAsync(SupportApi.Tickets)).ReadJsonAsync()).Ids().ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_bad_paging_or_an_empty_reply_When_sent_Then_400_naming_the_field()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var id = await athlete.OpenTicketAsync();

        (await (await athlete.GetAsync($"{SupportApi.Tickets}?cursor=nonsense")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["cursor"]);
        (await (await athlete.GetAsync($"{SupportApi.Tickets}?limit=0")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["limit"]);
        (await (await athlete.PostAsJsonAsync($"{SupportApi.Tickets}/{id}/messages", new { text = " " })).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .ErrorKeys().ShouldBe(["text"]);
    }

    [Fact]
    public async Task Given_three_tickets_When_listed_one_per_page_Then_the_cursor_walks_them_newest_first()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var first = await athlete.OpenTicketAsync("one");
        var second = await athlete.OpenTicketAsync("two");
        var third = await athlete.OpenTicketAsync("three");

        var seen = new List<Guid>();
        string? cursor = null;
        do
        {
            var page = await (await athlete.GetAsync($"{SupportApi.Tickets}?limit=1" + (cursor is null ? "" : $"&cursor={cursor}"))).ReadJsonAsync();
            seen.AddRange(page.Ids());
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        seen.ShouldBe([third, second, first]);
    }

    [Fact]
    public async Task Given_an_operator_reply_When_the_athlete_lists_and_opens_the_ticket_Then_it_is_unread_then_read()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var id = await athlete.OpenTicketAsync();
        var operatorClient = await app.CreateOperatorClientAsync();

        await (await operatorClient.ReplyAsOperatorAsync(id, "Please re-pair the watch.")).ReadJsonAsync(HttpStatusCode.Created);

        var list = await (await athlete.GetAsync(SupportApi.Tickets)).ReadJsonAsync();
        var item = list.GetProperty("items").EnumerateArray().Single();
        item.GetProperty("unreadReplies").GetInt32().ShouldBe(1);
        item.GetProperty("status").GetString().ShouldBe("waitingForUser");
        var detail = await (await athlete.GetAsync($"{SupportApi.Tickets}/{id}")).ReadJsonAsync();
        detail.GetProperty("messages").EnumerateArray().Select(m => (m.GetProperty("kind").GetString(), m.GetProperty("text").GetString()))
            .ShouldBe([("athlete", "My watch does not sync."), ("operator", "Please re-pair the watch.")]);
        var after = await (await athlete.GetAsync(SupportApi.Tickets)).ReadJsonAsync();
        after.GetProperty("items")[0].GetProperty("unreadReplies").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Given_a_ticket_waiting_for_the_user_When_the_athlete_replies_Then_it_is_in_progress_again()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var id = await athlete.OpenTicketAsync();
        var operatorClient = await app.CreateOperatorClientAsync();
        await (await operatorClient.ReplyAsOperatorAsync(id, "Which watch model?")).ReadJsonAsync(HttpStatusCode.Created);

        var reply = await (await athlete.PostAsJsonAsync($"{SupportApi.Tickets}/{id}/messages", new { text = "A Forerunner 255." })).ReadJsonAsync(HttpStatusCode.Created);

        reply.GetProperty("status").GetString().ShouldBe("inProgress");
        reply.GetProperty("messages").GetArrayLength().ShouldBe(3);
    }

    [Fact]
    public async Task Given_an_athletes_ticket_When_they_resolve_it_twice_Then_resolved_then_409_and_replies_are_refused()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var id = await athlete.OpenTicketAsync();

        var resolved = await (await athlete.PostAsync($"{SupportApi.Tickets}/{id}/resolve", null)).ReadJsonAsync();

        resolved.GetProperty("status").GetString().ShouldBe("resolved");
        await (await athlete.PostAsync($"{SupportApi.Tickets}/{id}/resolve", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await athlete.PostAsJsonAsync($"{SupportApi.Tickets}/{id}/messages", new { text = "one more thing" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }
}

public sealed class SupportTicketTests_Sqlite(SqliteSupportApp app) : SupportTicketTests(app), IClassFixture<SqliteSupportApp>;

public sealed class SupportTicketTests_Postgres(PostgresSupportApp app) : SupportTicketTests(app), IClassFixture<PostgresSupportApp>;
