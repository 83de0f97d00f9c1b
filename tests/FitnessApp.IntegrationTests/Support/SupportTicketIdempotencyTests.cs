using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;

namespace FitnessApp.IntegrationTests.Support;

/// <summary>A mobile client that retries opening a ticket with the same Idempotency-Key opens it once.</summary>
public abstract class SupportTicketIdempotencyTests(SupportApp app)
{
    [Fact]
    public async Task Given_an_Idempotency_Key_When_the_same_ticket_is_posted_twice_Then_the_first_201_is_replayed_and_one_ticket_exists()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var key = Guid.NewGuid().ToString();
        var subject = $"Retried {Guid.NewGuid():N}";

        var first = await OpenWithKeyAsync(athlete, key, SupportApi.NewTicket(subject));
        var second = await OpenWithKeyAsync(athlete, key, SupportApi.NewTicket(subject));

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        second.StatusCode.ShouldBe(HttpStatusCode.Created);
        second.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        second.Headers.Location.ShouldBe(first.Headers.Location);
        (await second.Content.ReadAsStringAsync()).ShouldBe(await first.Content.ReadAsStringAsync());
        var mine = JsonDocument.Parse(await (await athlete.GetAsync(SupportApi.Tickets)).Content.ReadAsStringAsync()).RootElement.GetProperty("items");
        mine.EnumerateArray().Count(t => t.GetProperty("subject").GetString() == subject).ShouldBe(1);
    }

    [Fact]
    public async Task Given_an_Idempotency_Key_already_used_When_another_ticket_is_posted_with_it_Then_422_and_no_second_ticket()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var key = Guid.NewGuid().ToString();
        (await OpenWithKeyAsync(athlete, key, SupportApi.NewTicket("First subject"))).StatusCode.ShouldBe(HttpStatusCode.Created);

        var response = await OpenWithKeyAsync(athlete, key, SupportApi.NewTicket("Another subject"));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var mine = JsonDocument.Parse(await (await athlete.GetAsync(SupportApi.Tickets)).Content.ReadAsStringAsync()).RootElement.GetProperty("items");
        mine.GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Given_one_key_When_two_athletes_use_it_Then_each_gets_their_own_ticket()
    {
        var key = Guid.NewGuid().ToString();
        var first = await OpenWithKeyAsync(await app.CreateAthleteClientAsync(), key, SupportApi.NewTicket("Same key"));
        var second = await OpenWithKeyAsync(await app.CreateAthleteClientAsync(), key, SupportApi.NewTicket("Same key"));

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        second.StatusCode.ShouldBe(HttpStatusCode.Created);
        second.Headers.Location.ShouldNotBe(first.Headers.Location);
    }

    private static Task<HttpResponseMessage> OpenWithKeyAsync(HttpClient client, string key, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, SupportApi.Tickets) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }
}

public sealed class SupportTicketIdempotencyTests_Sqlite(SqliteSupportApp app) : SupportTicketIdempotencyTests(app), IClassFixture<SqliteSupportApp>;

public sealed class SupportTicketIdempotencyTests_Postgres(PostgresSupportApp app) : SupportTicketIdempotencyTests(app), IClassFixture<PostgresSupportApp>;
