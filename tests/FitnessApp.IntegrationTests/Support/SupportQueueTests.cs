using System.Net;
using System.Net.Http.Json;
using FitnessApp.IntegrationTests.Infrastructure;

namespace FitnessApp.IntegrationTests.Support;

/// <summary>The operators' side through HTTP: queue filters, assignment, status rules, replies and internal notes.</summary>
public abstract class SupportQueueTests(SupportApp app)
{
    [Fact]
    public async Task Given_an_athlete_When_calling_operator_endpoints_Then_403()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var id = await athlete.OpenTicketAsync();
        var url = $"{SupportApi.Queue}/{id}";

        await (await athlete.GetAsync(SupportApi.Queue)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await athlete.GetAsync($"{SupportApi.Queue}/agents")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await athlete.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await athlete.PutAsJsonAsync($"{url}/assignee", new { assigneeId = Guid.NewGuid() })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await athlete.PutAsJsonAsync($"{url}/status", new { status = "resolved" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await athlete.PostAsJsonAsync($"{url}/messages", new { text = "self answer" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await athlete.PostAsJsonAsync($"{url}/notes", new { text = "note" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await athlete.GetAsync(SupportApi.Feedback)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await (await athlete.GetAsync($"{SupportApi.Tickets}/{id}")).ReadJsonAsync()).GetProperty("messages").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Given_an_unknown_ticket_When_an_operator_acts_on_it_Then_404()
    {
        var operatorClient = await app.CreateOperatorClientAsync();
        var url = $"{SupportApi.Queue}/{Guid.NewGuid()}";

        await (await operatorClient.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await operatorClient.PutAsJsonAsync($"{url}/assignee", new { assigneeId = (Guid?)null })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await operatorClient.SetStatusAsync(Guid.NewGuid(), "resolved")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await operatorClient.PostAsJsonAsync($"{url}/notes", new { text = "x" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_an_internal_note_When_the_athlete_reads_lists_or_exports_Then_they_never_see_it_but_operators_do()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var id = await athlete.OpenTicketAsync();
        var operatorClient = await app.CreateOperatorClientAsync();
        const string note = "INTERNAL: athlete is on an old firmware";

        var noted = await (await operatorClient.PostAsJsonAsync($"{SupportApi.Queue}/{id}/notes", new { text = note })).ReadJsonAsync(HttpStatusCode.Created);
        await (await operatorClient.ReplyAsOperatorAsync(id, "Please update your watch.")).ReadJsonAsync(HttpStatusCode.Created);

        noted.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("kind").GetString()).ShouldBe(["athlete", "internalNote"]);
        var operatorView = await (await operatorClient.GetAsync($"{SupportApi.Queue}/{id}")).ReadJsonAsync();
        operatorView.GetProperty("messages").EnumerateArray().Count(m => m.GetProperty("text").GetString() == note).ShouldBe(1);
        var detail = await (await athlete.GetAsync($"{SupportApi.Tickets}/{id}")).Content.ReadAsStringAsync();
        var list = await (await athlete.GetAsync(SupportApi.Tickets)).Content.ReadAsStringAsync();
        var replied = await (await athlete.PostAsJsonAsync($"{SupportApi.Tickets}/{id}/messages", new { text = "Done." })).Content.ReadAsStringAsync();
        foreach (var body in new[] { detail, list, replied })
        {
            body.ShouldNotContain("INTERNAL");
            body.ShouldNotContain("internalNote");
        }

        detail.ShouldContain("Please update your watch.");
        (await (await athlete.GetAsync(SupportApi.Tickets)).ReadJsonAsync()).GetProperty("items")[0].GetProperty("unreadReplies").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Given_tickets_in_several_states_When_the_queue_is_filtered_Then_only_matching_tickets_are_listed()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var operatorClient = await app.CreateOperatorClientAsync();
        var (second, secondId) = await app.CreateSecondOperatorAsync();
        await (await second.GetAsync(SupportApi.Queue)).ReadJsonAsync();
        var fresh = await athlete.OpenTicketAsync("fresh", "privacy");
        var mine = await athlete.OpenTicketAsync("mine", "privacy");
        var theirs = await athlete.OpenTicketAsync("theirs", "privacy");
        await (await operatorClient.PutAsJsonAsync($"{SupportApi.Queue}/{mine}/assignee", new { assigneeId = await app.UserIdAsync(operatorClient) })).ReadJsonAsync();
        var assigned = await (await operatorClient.PutAsJsonAsync($"{SupportApi.Queue}/{theirs}/assignee", new { assigneeId = secondId })).ReadJsonAsync();
        await (await operatorClient.SetStatusAsync(theirs, "waitingForUser")).ReadJsonAsync();

        assigned.GetProperty("assigneeId").GetGuid().ShouldBe(secondId);
        assigned.GetProperty("assigneeName").GetString().ShouldBe("Second Operator");
        assigned.GetProperty("status").GetString().ShouldBe("inProgress");
        async Task<IReadOnlyList<Guid>> Queue(HttpClient client, string query) =>
            (await (await client.GetAsync($"{SupportApi.Queue}?category=privacy&{query}")).ReadJsonAsync()).Ids();
        (await Queue(operatorClient, "")).ShouldBe([theirs, mine, fresh]);
        (await Queue(operatorClient, "status=new")).ShouldBe([fresh]);
        (await Queue(operatorClient, "status=inProgress")).ShouldBe([mine]);
        (await Queue(operatorClient, "status=waitingForUser")).ShouldBe([theirs]);
        (await Queue(operatorClient, "mine=true")).ShouldBe([mine]);
        (await Queue(second, "mine=true")).ShouldBe([theirs]);
        (await Queue(operatorClient, $"assigneeId={secondId}")).ShouldBe([theirs]);
        (await Queue(operatorClient, "unassigned=true")).ShouldBe([fresh]);
    }

    [Fact]
    public async Task Given_bad_queue_input_When_sent_Then_400_naming_the_field()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var id = await athlete.OpenTicketAsync();
        var stranger = await app.CreateAthleteClientAsync();
        var strangerId = await app.UserIdAsync(stranger);
        var operatorClient = await app.CreateOperatorClientAsync();

        (await (await operatorClient.GetAsync($"{SupportApi.Queue}?status=open")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["status"]);
        (await (await operatorClient.GetAsync($"{SupportApi.Queue}?category=billing")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["category"]);
        (await (await operatorClient.SetStatusAsync(id, "closed")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["status"]);
        (await (await operatorClient.ReplyAsOperatorAsync(id, "")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["text"]);
        (await (await operatorClient.PostAsJsonAsync($"{SupportApi.Queue}/{id}/notes", new { text = "" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["text"]);
        (await (await operatorClient.PutAsJsonAsync($"{SupportApi.Queue}/{id}/assignee", new { assigneeId = strangerId })).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .ErrorKeys().ShouldBe(["assigneeId"]);
        var ticket = await (await operatorClient.GetAsync($"{SupportApi.Queue}/{id}")).ReadJsonAsync();
        ticket.GetProperty("status").GetString().ShouldBe("new");
        ticket.GetProperty("assigneeId").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task Given_status_changes_When_an_operator_makes_them_Then_allowed_ones_apply_and_refused_ones_are_409()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var id = await athlete.OpenTicketAsync();
        var operatorClient = await app.CreateOperatorClientAsync();

        (await (await operatorClient.SetStatusAsync(id, "inProgress")).ReadJsonAsync()).GetProperty("status").GetString().ShouldBe("inProgress");
        (await (await operatorClient.SetStatusAsync(id, "new")).ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("support.invalidTransition");
        (await (await operatorClient.SetStatusAsync(id, "resolved")).ReadJsonAsync()).GetProperty("status").GetString().ShouldBe("resolved");
        await (await operatorClient.SetStatusAsync(id, "waitingForUser")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await operatorClient.ReplyAsOperatorAsync(id, "late answer")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await (await operatorClient.SetStatusAsync(id, "inProgress")).ReadJsonAsync()).GetProperty("status").GetString().ShouldBe("inProgress");

        var detail = await (await athlete.GetAsync($"{SupportApi.Tickets}/{id}")).ReadJsonAsync();
        detail.GetProperty("status").GetString().ShouldBe("inProgress");
        detail.GetProperty("messages").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Given_an_unassigned_ticket_When_an_operator_replies_Then_it_is_theirs_and_waits_for_the_user()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var id = await athlete.OpenTicketAsync();
        var operatorClient = await app.CreateOperatorClientAsync();

        var response = await operatorClient.ReplyAsOperatorAsync(id, "On it.");

        var ticket = await response.ReadJsonAsync(HttpStatusCode.Created);
        ticket.GetProperty("status").GetString().ShouldBe("waitingForUser");
        ticket.GetProperty("assigneeId").GetGuid().ShouldBe(await app.UserIdAsync(operatorClient));
        var reply = ticket.GetProperty("messages").EnumerateArray().Last();
        reply.GetProperty("kind").GetString().ShouldBe("operator");
        reply.GetProperty("text").GetString().ShouldBe("On it.");
    }
}

public sealed class SupportQueueTests_Sqlite(SqliteSupportApp app) : SupportQueueTests(app), IClassFixture<SqliteSupportApp>;

public sealed class SupportQueueTests_Postgres(PostgresSupportApp app) : SupportQueueTests(app), IClassFixture<PostgresSupportApp>;
