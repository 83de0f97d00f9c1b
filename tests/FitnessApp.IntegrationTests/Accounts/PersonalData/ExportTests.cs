using System.Diagnostics;
using System.Net;
using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Training;
using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Accounts.PersonalData;
using FitnessApp.Modules.Accounts.PersonalData.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace FitnessApp.IntegrationTests.Accounts.PersonalData;

public abstract class ExportTests(FitnessAppFactory app, ITestOutputHelper output)
{
    [Fact]
    public async Task Given_an_athlete_with_data_When_they_export_Then_the_zip_has_every_module_their_activity_and_the_original_file_and_nothing_of_others()
    {
        var (athlete, seeded) = await PersonalDataApi.SeedAsync(app);
        var (_, other) = await PersonalDataApi.SeedAsync(app);
        var watch = Stopwatch.StartNew();

        var requested = await athlete.RequestExportAsync();
        var ready = await athlete.ReadyExportAsync(requested.GetProperty("id").GetGuid());

        output.WriteLine($"export ready in {watch.ElapsedMilliseconds} ms, {ready.GetProperty("sizeBytes").GetInt64()} bytes");
        ready.GetProperty("status").GetString().ShouldBe("ready");
        ready.GetProperty("expiresAt").GetDateTime().ShouldBeGreaterThan(DateTime.UtcNow.AddDays(6.9));
        using var zip = await athlete.DownloadAsync(ready.GetProperty("id").GetGuid());
        var manifest = JsonDocument.Parse(zip.GetEntry("manifest.json")!.Text()).RootElement;
        manifest.GetProperty("userId").GetGuid().ShouldBe(seeded.UserId);
        var modules = manifest.GetProperty("modules").EnumerateArray().Select(m => m.GetProperty("module").GetString()).ToList();
        modules.ShouldBe(["Accounts", "Devices", "Loyalty", "Shop", "Social", "Support", "Training"], ignoreOrder: true);
        var listed = manifest.GetProperty("modules").EnumerateArray().SelectMany(m => m.GetProperty("files").EnumerateArray())
            .Select(f => f.GetProperty("path").GetString()).ToList();
        listed.ShouldBe(zip.Entries.Select(e => e.FullName).Where(n => n != "manifest.json"), ignoreOrder: true);

        var activities = JsonDocument.Parse(zip.GetEntry("Training/activities.json")!.Text()).RootElement;
        activities.EnumerateArray().ShouldContain(a => a.GetProperty("title").GetString() == seeded.ActivityTitle);
        zip.GetEntry($"Training/streams/{seeded.ImportedActivityId}.json").ShouldNotBeNull();
        zip.Entries.Where(e => e.FullName.StartsWith("Devices/imports/", StringComparison.Ordinal) && !e.FullName.EndsWith(".json", StringComparison.Ordinal))
            .Any(e => e.Bytes().SequenceEqual(seeded.FitBytes)).ShouldBeTrue("the original FIT file, unchanged");
        zip.GetEntry("Devices/samples.json")!.Text().ShouldContain("heartRate");
        zip.GetEntry("Accounts/account.json")!.Text().ShouldContain(seeded.Email);
        var orders = JsonDocument.Parse(zip.GetEntry("Shop/shop-orders.json")!.Text()).RootElement;
        orders.GetArrayLength().ShouldBe(1);
        orders[0].GetProperty("address").GetProperty("shipCity").GetString().ShouldBe("Berlin");
        JsonDocument.Parse(zip.GetEntry("Shop/shop-cart.json")!.Text()).RootElement.GetArrayLength().ShouldBe(1);
        var reviews = JsonDocument.Parse(zip.GetEntry("Shop/shop-reviews.json")!.Text()).RootElement;
        reviews.GetArrayLength().ShouldBe(1);
        reviews[0].GetProperty("text").GetString().ShouldBe("Erasable review.");

        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".json", StringComparison.Ordinal)))
        {
            var text = entry.Text();
            text.ShouldNotContain(other.UserId.ToString(), Case.Insensitive, entry.FullName);
            text.ShouldNotContain(other.ActivityTitle, Case.Insensitive, entry.FullName);
            text.ShouldNotContain(other.Email, Case.Insensitive, entry.FullName);
            text.ShouldNotContain("tokenHash", Case.Insensitive, entry.FullName);
            text.ShouldNotContain("passwordHash", Case.Insensitive, entry.FullName);
        }
    }

    [Fact]
    public async Task Given_another_users_export_When_reading_or_downloading_it_Then_404()
    {
        var owner = await app.CreateAthleteClientAsync();
        var stranger = await app.CreateAthleteClientAsync();
        var export = await owner.RequestExportAsync();
        var id = export.GetProperty("id").GetGuid();
        await owner.ReadyExportAsync(id);

        await (await stranger.GetAsync($"{PersonalDataApi.Exports}/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.GetAsync($"{PersonalDataApi.Exports}/{id}/download")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await stranger.GetAsync(PersonalDataApi.Exports)).JsonAsync()).GetArrayLength().ShouldBe(0);
        var list = await (await owner.GetAsync(PersonalDataApi.Exports)).JsonAsync();
        list.EnumerateArray().ShouldHaveSingleItem().GetProperty("downloadUrl").GetString().ShouldBe($"{PersonalDataApi.Exports}/{id}/download");
    }

    [Fact]
    public async Task Given_an_anonymous_caller_When_calling_the_export_endpoints_Then_401()
    {
        var anonymous = app.CreateClient();
        var id = Guid.NewGuid();

        (await anonymous.PostAsync(PersonalDataApi.Export, null)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync(PersonalDataApi.Exports)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync($"{PersonalDataApi.Exports}/{id}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync($"{PersonalDataApi.Exports}/{id}/download")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_an_export_in_progress_When_requesting_another_Then_409()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var userId = (await (await athlete.GetAsync(PersonalDataApi.Me)).JsonAsync()).GetProperty("id").GetGuid();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
            db.DataExports.Add(new DataExport { Id = Guid.CreateVersion7(), UserId = userId, Status = ExportStatuses.Running, RequestedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        var response = await athlete.PostAsync(PersonalDataApi.Export, null);

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Given_an_export_past_its_seven_days_When_downloading_Then_410_and_the_cleanup_removes_its_file()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var id = (await athlete.RequestExportAsync()).GetProperty("id").GetGuid();
        await athlete.ReadyExportAsync(id);
        await app.Services.QueryAsync<AccountsDbContext, int>(db =>
            db.DataExports.Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.ExpiresAt, DateTime.UtcNow.AddMinutes(-1))));

        await (await athlete.GetAsync($"{PersonalDataApi.Exports}/{id}/download")).ShouldBeProblemAsync(HttpStatusCode.Gone);
        (await (await athlete.GetAsync($"{PersonalDataApi.Exports}/{id}")).JsonAsync()).GetProperty("status").GetString().ShouldBe("expired");
        await ActivatorUtilities.CreateInstance<PersonalDataMaintenanceJob>(app.Services).Execute(null!);

        (await app.Services.QueryAsync<AccountsDbContext, bool>(db => db.DataExportArchives.AnyAsync(a => a.ExportId == id))).ShouldBeFalse();
        (await app.Services.QueryAsync<AccountsDbContext, string>(db => db.DataExports.Where(e => e.Id == id).Select(e => e.Status).SingleAsync()))
            .ShouldBe("expired");
        await (await athlete.GetAsync($"{PersonalDataApi.Exports}/{id}/download")).ShouldBeProblemAsync(HttpStatusCode.Gone);
    }
}

public sealed class ExportTests_Sqlite(SqliteApp app, ITestOutputHelper output) : ExportTests(app, output), IClassFixture<SqliteApp>;

public sealed class ExportTests_Postgres(PostgresApp app, ITestOutputHelper output) : ExportTests(app, output), IClassFixture<PostgresApp>;
