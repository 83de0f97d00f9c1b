using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Devices.Data;
using Microsoft.EntityFrameworkCore;
using static FitnessApp.IntegrationTests.Devices.Push.PushApi;

namespace FitnessApp.IntegrationTests.Devices.Push;

/// <summary>Registering, listing and revoking devices, and their tokens on the samples endpoint.</summary>
public abstract class RegistrationTests(FitnessAppFactory app)
{
    [Fact]
    public async Task Given_an_athlete_When_registering_a_device_Then_201_with_a_token_shown_once_and_stored_only_hashed()
    {
        var athlete = await app.CreateAthleteClientAsync();

        var response = await athlete.PostAsJsonAsync(Registrations, new { kind = "heartRateStrap", name = "  Chest strap " });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var token = json.GetProperty("token").GetString()!;
        token.ShouldStartWith("fad_");
        token.Length.ShouldBe(47);
        var device = json.GetProperty("device");
        device.GetProperty("kind").GetString().ShouldBe("heartRateStrap");
        device.GetProperty("name").GetString().ShouldBe("Chest strap");
        response.Headers.Location!.ToString().ShouldBe($"{Registrations}/{device.GetProperty("id").GetGuid()}");
        var hashes = await app.Services.QueryAsync<DevicesDbContext, List<string>>(db => db.DeviceRegistrations.Select(d => d.TokenHash).ToListAsync());
        hashes.ShouldNotContain(token);
        var listed = await athlete.GetStringAsync(Registrations);
        listed.ShouldNotContain(token);
        listed.ShouldNotContain("tokenHash", Case.Insensitive);
    }

    [Fact]
    public async Task Given_a_registered_device_When_it_pushes_with_its_token_Then_200_and_last_seen_is_set()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var registered = await athlete.RegisterDeviceAsync();

        var result = await app.DeviceClient(registered.Token).PushOkAsync(Steps(DaysAgo(1).AddHours(9), DaysAgo(1).AddHours(10), 1200));

        result.GetProperty("accepted").GetInt32().ShouldBe(1);
        var devices = JsonDocument.Parse(await athlete.GetStringAsync(Registrations)).RootElement;
        var device = devices.EnumerateArray().Single();
        device.GetProperty("lastSeenAt").ValueKind.ShouldBe(JsonValueKind.String);
        device.GetProperty("revoked").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Given_a_revoked_device_When_it_pushes_Then_401_and_nothing_is_stored()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var registered = await athlete.RegisterDeviceAsync();
        var device = app.DeviceClient(registered.Token);
        await device.PushOkAsync(Weight(DaysAgo(2).AddHours(7), 70));

        (await athlete.DeleteAsync($"{Registrations}/{registered.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var response = await device.PushAsync(Weight(DaysAgo(1).AddHours(7), 71));

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        var listed = JsonDocument.Parse(await athlete.GetStringAsync(Registrations)).RootElement.EnumerateArray().Single();
        listed.GetProperty("revoked").GetBoolean().ShouldBeTrue();
        var days = await athlete.MetricsAsync(DateOnly.FromDateTime(DaysAgo(3)), DateOnly.FromDateTime(DaysAgo(0)));
        days.GetArrayLength().ShouldBe(1, "the revoked device's earlier data stays; the refused weighing is not stored");
    }

    [Fact]
    public async Task Given_another_athletes_device_When_revoking_it_Then_404_and_it_keeps_working()
    {
        var owner = await app.CreateAthleteClientAsync();
        var stranger = await app.CreateAthleteClientAsync();
        var registered = await owner.RegisterDeviceAsync();

        await (await stranger.DeleteAsync($"{Registrations}/{registered.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.DeleteAsync($"{Registrations}/{Guid.CreateVersion7()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        JsonDocument.Parse(await stranger.GetStringAsync(Registrations)).RootElement.GetArrayLength().ShouldBe(0);
        await app.DeviceClient(registered.Token).PushOkAsync(Weight(DaysAgo(1).AddHours(7), 70));
    }

    [Fact]
    public async Task Given_no_user_When_calling_the_registration_and_metrics_endpoints_Then_401()
    {
        var visitor = app.CreateClient();

        await (await visitor.PostAsJsonAsync(Registrations, new { kind = "phone", name = "x" })).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await visitor.GetAsync(Registrations)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await visitor.DeleteAsync($"{Registrations}/{Guid.CreateVersion7()}")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await visitor.GetAsync($"{DailyMetrics}?from=2026-01-01&to=2026-01-31")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_no_unknown_or_malformed_device_token_When_pushing_Then_401()
    {
        var sample = Weight(DaysAgo(1), 70);

        await (await app.CreateClient().PushAsync(sample)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await app.DeviceClient("fad_" + new string('A', 43)).PushAsync(sample)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await app.DeviceClient("not-a-token").PushAsync(sample)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        var athlete = await app.CreateAthleteClientAsync();
        await (await athlete.PushAsync(sample)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("toaster", "Kitchen", "kind")]
    [InlineData(null, "Phone", "kind")]
    [InlineData("phone", "  ", "name")]
    public async Task Given_a_bad_registration_When_registering_Then_400_naming_the_field(string? kind, string name, string field)
    {
        var athlete = await app.CreateAthleteClientAsync();

        var response = await athlete.PostAsJsonAsync(Registrations, new { kind, name });

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe([field]);
        JsonDocument.Parse(await athlete.GetStringAsync(Registrations)).RootElement.GetArrayLength().ShouldBe(0);
    }
}

public sealed class RegistrationTests_Sqlite(SqliteApp app) : RegistrationTests(app), IClassFixture<SqliteApp>;

public sealed class RegistrationTests_Postgres(PostgresApp app) : RegistrationTests(app), IClassFixture<PostgresApp>;
