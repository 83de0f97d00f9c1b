using System.Net;
using System.Net.Http.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Training;
using FitnessApp.Modules.Social.Groups.Events.Reminders;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.IntegrationTests.Social.Groups;

/// <summary>Group events, attendance and the reminder job, on a clock the tests move.</summary>
public abstract class GroupEventsTests(GroupsClockApp app)
{
    [Fact]
    public async Task Given_an_admin_When_they_create_an_event_Then_201_listed_as_upcoming_and_announced_in_the_feed()
    {
        var owner = await app.CreateAthleteClientAsync();
        var id = await owner.CreateGroupIdAsync();
        var startsAt = app.Clock.GetUtcNow().AddDays(2);

        var created = await owner.CreateEventAsync(id, startsAt, "Hill repeats");

        created.GetProperty("title").GetString().ShouldBe("Hill repeats");
        var upcoming = await (await owner.GetAsync($"{GroupsApi.Of(id)}/events")).OkJsonAsync();
        upcoming.GetProperty("items").EnumerateArray().Select(e => e.IdOf()).ShouldBe([created.IdOf()]);
        (await (await owner.GetAsync($"{GroupsApi.Of(id)}/events?when=past")).OkJsonAsync()).GetProperty("items").GetArrayLength().ShouldBe(0);
        var feed = await (await owner.GetAsync($"{GroupsApi.Of(id)}/feed")).OkJsonAsync();
        feed.GetProperty("items").EnumerateArray().Single().GetProperty("eventId").GetGuid().ShouldBe(created.IdOf());
    }

    [Theory]
    [InlineData("""{"sport":"running","startsAt":"__FUTURE__","placeName":"Park"}""", "title")]
    [InlineData("""{"title":"Run","sport":"curling","startsAt":"__FUTURE__","placeName":"Park"}""", "sport")]
    [InlineData("""{"title":"Run","sport":"running","startsAt":"2020-01-01T08:00:00Z","placeName":"Park"}""", "startsAt")]
    [InlineData("""{"title":"Run","sport":"running","startsAt":"__FUTURE__"}""", "placeName")]
    [InlineData("""{"title":"Run","sport":"running","startsAt":"__FUTURE__","placeName":"Park","latitude":91,"longitude":10}""", "latitude")]
    [InlineData("""{"title":"Run","sport":"running","startsAt":"__FUTURE__","placeName":"Park","latitude":50,"longitude":-181}""", "longitude")]
    [InlineData("""{"title":"Run","sport":"running","startsAt":"__FUTURE__","placeName":"Park","latitude":50}""", "longitude")]
    public async Task Given_bad_event_fields_When_created_Then_400_naming_the_field(string body, string field)
    {
        var owner = await app.CreateAthleteClientAsync();
        var id = await owner.CreateGroupIdAsync();
        var json = body.Replace("__FUTURE__", app.Clock.GetUtcNow().AddDays(1).ToString("O"), StringComparison.Ordinal);

        var response = await owner.PostAsync($"{GroupsApi.Of(id)}/events", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldContain(field);
        (await (await owner.GetAsync($"{GroupsApi.Of(id)}/events")).OkJsonAsync()).GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Given_a_member_or_stranger_When_they_create_an_event_Then_403_or_404_for_a_private_group()
    {
        var owner = await app.CreateAthleteClientAsync();
        var member = await app.CreateAthleteClientAsync();
        var open = await owner.CreateGroupIdAsync();
        var closed = await owner.CreateGroupIdAsync("private");
        await member.JoinAsync(open);
        var body = new { title = "Run", sport = "running", startsAt = app.Clock.GetUtcNow().AddDays(1), placeName = "Park" };

        await (await member.PostAsJsonAsync($"{GroupsApi.Of(open)}/events", body)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await member.PostAsJsonAsync($"{GroupsApi.Of(closed)}/events", body)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await app.CreateClient().PostAsJsonAsync($"{GroupsApi.Of(open)}/events", body)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_members_When_they_answer_Then_the_event_shows_attendees_and_counts()
    {
        var owner = await app.CreateAthleteClientAsync();
        var member = await app.CreateAthleteClientAsync();
        var id = await owner.CreateGroupIdAsync();
        await member.JoinAsync(id);
        var eventId = (await owner.CreateEventAsync(id, app.Clock.GetUtcNow().AddDays(3))).IdOf();
        var url = $"{GroupsApi.Of(id)}/events/{eventId}";

        (await (await member.PutJsonAsync($"{url}/attendance", new { status = "maybe" })).OkJsonAsync()).GetProperty("myStatus").GetString().ShouldBe("maybe");
        await member.PutJsonAsync($"{url}/attendance", new { status = "going" });
        await owner.PutJsonAsync($"{url}/attendance", new { status = "notGoing" });

        var details = await (await member.GetAsync(url)).OkJsonAsync();
        var summary = details.GetProperty("event");
        summary.GetProperty("going").GetInt32().ShouldBe(1);
        summary.GetProperty("maybe").GetInt32().ShouldBe(0);
        summary.GetProperty("notGoing").GetInt32().ShouldBe(1);
        details.GetProperty("attendees").Strings("status").ShouldBe(["going", "notGoing"]);
    }

    [Fact]
    public async Task Given_bad_answers_When_sent_Then_400_403_404_and_409()
    {
        var owner = await app.CreateAthleteClientAsync();
        var stranger = await app.CreateAthleteClientAsync();
        var id = await owner.CreateGroupIdAsync();
        var eventId = (await owner.CreateEventAsync(id, app.Clock.GetUtcNow().AddDays(3))).IdOf();
        var url = $"{GroupsApi.Of(id)}/events/{eventId}";

        (await (await owner.PutJsonAsync($"{url}/attendance", new { status = "perhaps" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldContain("status");
        await (await stranger.PutJsonAsync($"{url}/attendance", new { status = "going" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await owner.PutJsonAsync($"{GroupsApi.Of(id)}/events/{Guid.CreateVersion7()}/attendance", new { status = "going" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await owner.DeleteAsync(url).NoContentAsync();
        await (await owner.PutJsonAsync($"{url}/attendance", new { status = "going" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await (await owner.GetAsync(url)).OkJsonAsync()).GetProperty("event").GetProperty("cancelledAt").ValueKind.ShouldNotBe(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task Given_an_event_When_an_admin_updates_it_Then_200_and_a_member_gets_403_and_an_event_of_another_group_404()
    {
        var owner = await app.CreateAthleteClientAsync();
        var member = await app.CreateAthleteClientAsync();
        var id = await owner.CreateGroupIdAsync();
        var otherGroup = await owner.CreateGroupIdAsync();
        await member.JoinAsync(id);
        var eventId = (await owner.CreateEventAsync(id, app.Clock.GetUtcNow().AddDays(3))).IdOf();
        var body = new { title = "Moved run", sport = "trailRunning", startsAt = app.Clock.GetUtcNow().AddDays(4), placeName = "Forest" };

        var updated = await (await owner.PutJsonAsync($"{GroupsApi.Of(id)}/events/{eventId}", body)).OkJsonAsync();
        updated.GetProperty("title").GetString().ShouldBe("Moved run");
        updated.GetProperty("sport").GetString().ShouldBe("trailRunning");
        await (await member.PutJsonAsync($"{GroupsApi.Of(id)}/events/{eventId}", body)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await member.DeleteAsync($"{GroupsApi.Of(id)}/events/{eventId}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await owner.GetAsync($"{GroupsApi.Of(otherGroup)}/events/{eventId}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await app.CreateClient().GetAsync($"{GroupsApi.Of(id)}/events/{eventId}")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_attendees_When_the_reminder_job_runs_Then_going_and_maybe_are_reminded_once_within_24_hours()
    {
        var owner = await app.CreateAthleteClientAsync();
        var going = await app.CreateAthleteClientAsync();
        var maybe = await app.CreateAthleteClientAsync();
        var notGoing = await app.CreateAthleteClientAsync();
        var id = await owner.CreateGroupIdAsync();
        var eventId = (await owner.CreateEventAsync(id, app.Clock.GetUtcNow().AddHours(30))).IdOf();
        var url = $"{GroupsApi.Of(id)}/events/{eventId}/attendance";
        foreach (var (client, status) in new[] { (going, "going"), (maybe, "maybe"), (notGoing, "notGoing") })
        {
            await client.JoinAsync(id);
            await client.PutJsonAsync(url, new { status });
        }

        var (goingId, maybeId, notGoingId) = (await going.AthleteIdAsync(), await maybe.AthleteIdAsync(), await notGoing.AthleteIdAsync());

        await RunJobAsync();
        (await app.CountNotificationsAsync(goingId, "EventReminder", eventId)).ShouldBe(0, "30 hours ahead is too early");

        // Seven hours later the event is 23 hours ahead; the clock goes back afterwards so the other tests' tokens stay valid.
        app.Clock.Advance(TimeSpan.FromHours(7));
        try
        {
            await RunJobAsync();
            await RunJobAsync();
        }
        finally
        {
            app.Clock.Advance(TimeSpan.FromHours(-7));
        }

        (await app.CountNotificationsAsync(goingId, "EventReminder", eventId)).ShouldBe(1);
        (await app.CountNotificationsAsync(maybeId, "EventReminder", eventId)).ShouldBe(1);
        (await app.CountNotificationsAsync(notGoingId, "EventReminder", eventId)).ShouldBe(0);
    }

    private async Task RunJobAsync()
    {
        var job = app.Services.GetRequiredService<EventReminderJob>();
        await job.Execute(null!, CancellationToken.None);
    }
}

/// <summary>A host whose clock the test moves (events must start in the future; reminders fire 24 hours ahead).</summary>
public class GroupsClockApp : FitnessAppFactory
{
    public GroupsClockApp(TestDatabase database)
        : base(database) => WithServices(services => services.AddSingleton<TimeProvider>(Clock));

    public MutableTimeProvider Clock { get; } = new();
}

public sealed class GroupsClockSqliteApp() : GroupsClockApp(TestDatabase.Sqlite);

public sealed class GroupsClockPostgresApp() : GroupsClockApp(TestDatabase.Postgres);

public sealed class GroupEventsTests_Sqlite(GroupsClockSqliteApp app) : GroupEventsTests(app), IClassFixture<GroupsClockSqliteApp>;

public sealed class GroupEventsTests_Postgres(GroupsClockPostgresApp app) : GroupEventsTests(app), IClassFixture<GroupsClockPostgresApp>;
