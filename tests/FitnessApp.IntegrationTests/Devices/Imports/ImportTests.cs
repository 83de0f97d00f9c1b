using System.Net;
using System.Text.Json;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.IntegrationTests.Jobs;
using FitnessApp.IntegrationTests.Training;
using FitnessApp.Modules.Devices.Files;
using FitnessApp.Modules.Devices.Files.Fit;
using FitnessApp.Modules.Devices.Files.Gpx;
using FitnessApp.Modules.Devices.Files.Tcx;

namespace FitnessApp.IntegrationTests.Devices.Imports;

/// <summary>Activity file imports through the API: each format, gzip, zips, duplicates, originals, bad input.</summary>
public abstract class ImportTests(FitnessAppFactory app)
{
    [Theory]
    [InlineData("fit/garmin-edge-500-activity.fit", false)]
    [InlineData("fit/garmin-edge-500-activity.fit", true)]
    [InlineData("gpx/track-with-empty-segment.gpx", false)]
    [InlineData("gpx/track-with-empty-segment.gpx", true)]
    [InlineData("tcx/tcxparser-test.tcx", false)]
    [InlineData("tcx/tcxparser-test.tcx", true)]
    public async Task Given_a_corpus_file_When_imported_Then_201_and_the_activity_is_in_Training_with_its_distance_and_time(string file, bool gzipped)
    {
        var athlete = await app.CreateAthleteClientAsync();
        var content = ImportCorpus.Bytes(file);
        var expected = Parse(file).ShouldHaveSingleItem();

        var response = await athlete.UploadAsync(Path.GetFileName(file) + (gzipped ? ".gz" : ""), gzipped ? ImportApi.Gzip(content) : content);

        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, body);
        var import = JsonDocument.Parse(body).RootElement;
        response.Headers.Location!.ToString().ShouldBe($"{ImportApi.Url}/{import.GetProperty("id").GetGuid()}");
        import.GetProperty("status").GetString().ShouldBe("completed");
        import.GetProperty("format").GetString().ShouldBe(file[..3] + (gzipped ? "+gzip" : ""));
        var activity = await athlete.ActivityAsync(import.FirstActivityId());
        var seconds = (expected.Samples[^1].Time - expected.StartTime).TotalSeconds;
        activity.GetProperty("elapsedSeconds").GetInt32().ShouldBeInRange((int)Math.Round(seconds) - 2, (int)Math.Round(seconds) + 2);
        var distance = expected.TotalDistanceMeters ?? KnownLength(file);
        activity.GetProperty("distanceMeters").GetDouble().ShouldBe(distance, Math.Max(5, distance * 0.03));
        activity.GetProperty("startTime").GetDateTime().ToUniversalTime().ShouldBe(expected.StartTime.UtcDateTime, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Given_the_TCX_corpus_run_When_imported_Then_it_has_the_devices_distance_and_33_minutes()
    {
        var athlete = await app.CreateAthleteClientAsync();

        var import = await athlete.ImportedAsync("run.tcx", ImportCorpus.Bytes("tcx/tcxparser-test.tcx"));

        var activity = await athlete.ActivityAsync(import.FirstActivityId());
        activity.GetProperty("distanceMeters").GetDouble().ShouldBe(4_689.24, 0.5);
        activity.GetProperty("elapsedSeconds").GetInt32().ShouldBe(1_992);
        activity.GetProperty("sport").GetString().ShouldBe("running");
        activity.GetProperty("deviceName").GetString().ShouldBe("Forerunner 410 Software Version 2.20");
    }

    [Fact]
    public async Task Given_an_imported_file_When_the_same_file_is_imported_again_Then_409_with_the_existing_activity()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var content = ImportCorpus.Bytes("gpx/track-with-empty-segment.gpx");
        var first = await athlete.ImportedAsync("a.gpx", content);

        var again = await athlete.UploadAsync("renamed.gpx.gz", ImportApi.Gzip(content));

        var problem = await again.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("activityId").GetGuid().ShouldBe(first.FirstActivityId());
        problem.GetProperty("code").GetString().ShouldBe("import.duplicate");
        (await app.ImportRowsAsync(await athlete.AthleteIdAsync())).ShouldBe(1);
    }

    [Fact]
    public async Task Given_an_imported_file_When_another_file_of_the_same_device_and_start_is_imported_Then_409_with_the_existing_activity()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var content = ImportCorpus.Bytes("tcx/tcxparser-test.tcx");
        var first = await athlete.ImportedAsync("run.tcx", content);

        var again = await athlete.UploadAsync("run-edited.tcx", ImportApi.WithComment(content, "edited"));

        var problem = await again.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("activityId").GetGuid().ShouldBe(first.FirstActivityId());
    }

    [Fact]
    public async Task Given_another_athletes_import_When_the_same_file_is_imported_Then_it_is_not_a_duplicate()
    {
        var content = ImportCorpus.Bytes("gpx/track-with-empty-segment.gpx");
        await (await app.CreateAthleteClientAsync()).ImportedAsync("a.gpx", content);

        var response = await (await app.CreateAthleteClientAsync()).UploadAsync("a.gpx", content);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Given_an_imported_activity_When_it_is_deleted_Then_the_file_can_be_imported_again()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var content = ImportCorpus.Bytes("fit/garmin-edge-500-activity.fit");
        var first = await athlete.ImportedAsync("ride.fit", content);
        (await athlete.DeleteAsync($"{ActivityApi.Url}/{first.FirstActivityId()}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var again = await Eventually.ReturnsAsync(
            () => athlete.UploadAsync("ride.fit", content), r => r.StatusCode == HttpStatusCode.Created, what: "the re-import to be accepted");

        var import = JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement;
        import.FirstActivityId().ShouldNotBe(first.FirstActivityId());
    }

    public static TheoryData<string, byte[], HttpStatusCode, string> BadFiles()
    {
        var fit = ImportCorpus.Bytes("fit/garmin-edge-500-activity.fit");
        var flipped = fit.ToArray();
        flipped[fit.Length / 2] ^= 0xFF;
        return new TheoryData<string, byte[], HttpStatusCode, string>
        {
            { "empty.fit", [], HttpStatusCode.BadRequest, "file.empty" },
            { "truncated.fit", fit[..(fit.Length / 3)], HttpStatusCode.BadRequest, "fit." },
            { "bad-crc.fit", flipped, HttpStatusCode.BadRequest, "fit." },
            { "ride.gpx", fit, HttpStatusCode.UnsupportedMediaType, "file.formatMismatch" },
            { "run.fit", ImportCorpus.Bytes("gpx/track-with-empty-segment.gpx"), HttpStatusCode.UnsupportedMediaType, "file.formatMismatch" },
            { "notes.txt", "just some words"u8.ToArray(), HttpStatusCode.UnsupportedMediaType, "file.unknownFormat" },
            { "bomb.gpx", ImportApi.XmlBomb(), HttpStatusCode.BadRequest, "xml.dtdProhibited" },
            { "route.gpx", ImportCorpus.Bytes("gpx/route.gpx"), HttpStatusCode.BadRequest, "gpx.noTrack" },
            { "broken.gpx.gz", [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3, 4, 5], HttpStatusCode.BadRequest, "gzip." },
        };
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Given_a_bad_file_When_imported_Then_4xx_with_its_code_and_nothing_is_stored(string name, byte[] content, HttpStatusCode status, string code)
    {
        var athlete = await app.CreateAthleteClientAsync();
        var athleteId = await athlete.AthleteIdAsync();

        var response = await athlete.UploadAsync(name, content);

        var problem = await response.ShouldBeProblemAsync(status);
        problem.GetProperty("code").GetString()!.ShouldStartWith(code);
        problem.GetProperty("detail").GetString().ShouldNotBeNullOrWhiteSpace();
        (await app.ImportRowsAsync(athleteId)).ShouldBe(0);
        (await app.ActivitiesOfAsync(athleteId)).ShouldBe(0);
    }

    [Fact]
    public async Task Given_no_file_field_When_posted_Then_400_naming_file()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var form = new MultipartFormDataContent { { new StringContent("x"), "other" } };

        var response = await athlete.PostAsync(ImportApi.Url, form);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldContain("file");
    }

    [Fact]
    public async Task Given_a_zip_of_good_bad_and_duplicate_files_When_imported_Then_202_and_the_job_reports_each_file()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var gpx = ImportCorpus.Bytes("gpx/track-with-empty-segment.gpx");
        var zip = ImportApi.Zip(
            ("rides/one.gpx", gpx),
            ("two.tcx", ImportCorpus.Bytes("tcx/tcxparser-test.tcx")),
            ("broken.fit", "not a fit file at all"u8.ToArray()),
            ("copy-of-one.gpx", gpx),
            ("three.fit.gz", ImportApi.Gzip(ImportCorpus.Bytes("fit/garmin-edge-500-activity.fit"))));

        var response = await athlete.UploadAsync("batch.zip", zip);

        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted, body);
        var location = response.Headers.Location!.ToString();
        JsonDocument.Parse(body).RootElement.GetProperty("status").GetString().ShouldBeOneOf("queued", "processing");
        var import = await Eventually.ReturnsAsync(
            async () => await (await athlete.GetAsync(location)).JsonAsync(),
            i => i.GetProperty("status").GetString() is "completed" or "failed",
            TimeSpan.FromSeconds(60),
            "the zip import to finish");
        import.GetProperty("status").GetString().ShouldBe("completed");
        var files = import.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("fileName").GetString()!);
        files["one.gpx"].GetProperty("status").GetString().ShouldBe("imported");
        files["two.tcx"].GetProperty("status").GetString().ShouldBe("imported");
        files["three.fit.gz"].GetProperty("status").GetString().ShouldBe("imported");
        files["broken.fit"].GetProperty("status").GetString().ShouldBe("failed");
        files["broken.fit"].GetProperty("errorCode").GetString().ShouldBe("file.formatMismatch");
        var duplicate = files["copy-of-one.gpx"];
        duplicate.GetProperty("status").GetString().ShouldBe("duplicate");
        duplicate.GetProperty("existingActivityId").GetGuid().ShouldBe(files["one.gpx"].GetProperty("activityIds")[0].GetGuid());
        import.GetProperty("importedCount").GetInt32().ShouldBe(3);
        import.GetProperty("activities").GetArrayLength().ShouldBe(3);
        (await app.ActivitiesOfAsync(await athlete.AthleteIdAsync())).ShouldBe(3);
    }

    [Fact]
    public async Task Given_a_zip_holding_a_zip_When_imported_Then_400_and_nothing_is_stored()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var inner = ImportApi.Zip(("a.gpx", ImportCorpus.Bytes("gpx/track-with-empty-segment.gpx")));

        var response = await athlete.UploadAsync("outer.zip", ImportApi.Zip(("inner.zip", inner)));

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("code").GetString().ShouldBe("zip.nested");
        (await app.ImportRowsAsync(await athlete.AthleteIdAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Given_imports_When_listed_Then_the_athletes_own_newest_first_page_by_page()
    {
        var athlete = await app.CreateAthleteClientAsync();
        await (await app.CreateAthleteClientAsync()).ImportedAsync("other.gpx", ImportCorpus.Bytes("gpx/track-with-empty-segment.gpx"));
        var first = await athlete.ImportedAsync("first.tcx", ImportCorpus.Bytes("tcx/tcxparser-test.tcx"));
        var second = await athlete.ImportedAsync("second.gpx", ImportCorpus.Bytes("gpx/track-with-empty-segment.gpx"));

        var page = await (await athlete.GetAsync($"{ImportApi.Url}?limit=1")).JsonAsync();
        var next = await (await athlete.GetAsync($"{ImportApi.Url}?limit=1&cursor={page.GetProperty("nextCursor").GetString()}")).JsonAsync();

        page.GetProperty("items")[0].GetProperty("id").GetGuid().ShouldBe(second.GetProperty("id").GetGuid());
        next.GetProperty("items")[0].GetProperty("id").GetGuid().ShouldBe(first.GetProperty("id").GetGuid());
        next.GetProperty("nextCursor").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Given_an_import_When_its_owner_downloads_the_original_Then_the_bytes_and_name_are_as_uploaded()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var content = ImportCorpus.Bytes("tcx/tcxparser-test.tcx");
        var import = await athlete.ImportedAsync("my run.tcx", content);

        var response = await athlete.GetAsync($"/api/v1/devices/activities/{import.FirstActivityId()}/original");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsByteArrayAsync()).ShouldBe(content);
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("my run.tcx");
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.garmin.tcx+xml");
    }

    [Fact]
    public async Task Given_another_athletes_import_When_read_or_its_original_downloaded_Then_404()
    {
        var owner = await app.CreateAthleteClientAsync();
        var stranger = await app.CreateAthleteClientAsync();
        var import = await owner.ImportedAsync("run.gpx", ImportCorpus.Bytes("gpx/track-with-empty-segment.gpx"));

        await (await stranger.GetAsync($"{ImportApi.Url}/{import.GetProperty("id").GetGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.GetAsync($"/api/v1/devices/activities/{import.FirstActivityId()}/original")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_no_sign_in_When_importing_or_reading_Then_401()
    {
        var anonymous = app.CreateClient();

        (await anonymous.UploadAsync("run.gpx", ImportCorpus.Bytes("gpx/track-with-empty-segment.gpx"))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync(ImportApi.Url)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync($"/api/v1/devices/activities/{Guid.NewGuid()}/export.gpx")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_an_imported_GPX_When_exported_and_parsed_again_Then_it_has_the_same_points()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var parsed = new GpxParser().Parse(new MemoryStream(ImportCorpus.Bytes("gpx/korita-zbevnica.gpx")));
        var original = parsed[0];
        var import = await athlete.ImportedAsync("korita.gpx", ImportCorpus.Bytes("gpx/korita-zbevnica.gpx"));
        import.GetProperty("activities").GetArrayLength().ShouldBe(parsed.Count);
        var activityId = import.GetProperty("activities").EnumerateArray()
            .Single(a => a.GetProperty("startTime").GetDateTime().ToUniversalTime() == original.StartTime.UtcDateTime)
            .GetProperty("activityId").GetGuid();

        var response = await athlete.GetAsync($"/api/v1/devices/activities/{activityId}/export.gpx");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/gpx+xml");
        var exported = new GpxParser().Parse(await response.Content.ReadAsStreamAsync()).ShouldHaveSingleItem();
        exported.Samples.Count.ShouldBe(original.Samples.Count);
        for (var i = 0; i < original.Samples.Count; i++)
        {
            exported.Samples[i].Time.ShouldBe(original.Samples[i].Time, TimeSpan.FromMilliseconds(1));
            exported.Samples[i].Latitude!.Value.ShouldBe(original.Samples[i].Latitude!.Value, 1e-6);
            exported.Samples[i].Longitude!.Value.ShouldBe(original.Samples[i].Longitude!.Value, 1e-6);
            (exported.Samples[i].Altitude ?? double.NaN).ShouldBe(original.Samples[i].Altitude ?? double.NaN, 0.01);
        }
    }

    [Fact]
    public async Task Given_a_track_with_heart_rate_cadence_power_and_temperature_When_exported_Then_the_extensions_carry_them()
    {
        var athlete = await app.CreateAthleteClientAsync();
        var recorded = await app.SendAsync(TrackApi.Run(await athlete.AthleteIdAsync()));

        var response = await athlete.GetAsync($"/api/v1/devices/activities/{recorded.ActivityId}/export.gpx");

        var exported = new GpxParser().Parse(await response.Content.ReadAsStreamAsync()).ShouldHaveSingleItem();
        exported.Samples.Count.ShouldBe(TrackApi.RunSeconds + 1);
        exported.Samples[10].HeartRate.ShouldBe(150);
        exported.Samples[10].Cadence.ShouldBe(170);
        exported.Samples[10].Temperature.ShouldBe(12.5);
        exported.Sport.ShouldBe(FitnessApp.Modules.Training.Contracts.Activities.Sport.Running);
    }

    [Fact]
    public async Task Given_a_private_activity_When_another_athlete_exports_it_Then_404()
    {
        var owner = await app.CreateAthleteClientAsync();
        var stranger = await app.CreateAthleteClientAsync();
        var import = await owner.ImportedAsync("run.gpx", ImportCorpus.Bytes("gpx/track-with-empty-segment.gpx"));
        (await owner.ActivityAsync(import.FirstActivityId())).GetProperty("visibility").GetString().ShouldBe("private");

        var response = await stranger.GetAsync($"/api/v1/devices/activities/{import.FirstActivityId()}/export.gpx");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_a_manual_activity_without_a_track_When_exported_Then_404_saying_so()
    {
        var owner = await app.CreateAthleteClientAsync();
        var id = (await owner.RecordAsync(ActivityApi.Run())).IdOf();

        var response = await owner.GetAsync($"/api/v1/devices/activities/{id}/export.gpx");

        (await response.ShouldBeProblemAsync(HttpStatusCode.NotFound)).GetProperty("code").GetString().ShouldBe("export.noTrack");
    }

    private static IReadOnlyList<ParsedActivity> Parse(string file)
    {
        IActivityFileParser parser = Path.GetExtension(file) switch
        {
            ".fit" => new FitParser(),
            ".gpx" => new GpxParser(),
            _ => new TcxParser(),
        };
        using var stream = File.OpenRead(ImportCorpus.PathOf(file));
        return parser.Parse(stream);
    }

    /// <summary>gpxpy's 2D length of the corpus files without a device total (tests/corpus/README.md).</summary>
    private static double KnownLength(string file) => file switch
    {
        "gpx/track-with-empty-segment.gpx" => 85.9,
        _ => throw new ArgumentOutOfRangeException(nameof(file)),
    };
}

public sealed class ImportTests_Sqlite(SqliteApp app) : ImportTests(app), IClassFixture<SqliteApp>;

public sealed class ImportTests_Postgres(PostgresApp app) : ImportTests(app), IClassFixture<PostgresApp>;
