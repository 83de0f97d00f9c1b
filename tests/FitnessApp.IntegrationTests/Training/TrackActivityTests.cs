using System.Net;
using FitnessApp.IntegrationTests.Infrastructure;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Contracts.Tracks;
using FitnessApp.Modules.Training.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.IntegrationTests.Training;

/// <summary>Activities recorded from a device's track: statistics on the activity, streams, visibility, bad input.</summary>
public abstract class TrackActivityTests(FitnessAppFactory app)
{
    [Fact]
    public async Task Given_a_recorded_track_When_its_owner_reads_the_activity_Then_it_carries_the_computed_statistics()
    {
        var owner = await app.CreateAthleteClientAsync();
        var recorded = await app.SendAsync(TrackApi.Run(await owner.AthleteIdAsync()));

        var activity = await (await owner.GetAsync($"{ActivityApi.Url}/{recorded.ActivityId}")).JsonAsync();

        activity.GetProperty("distanceMeters").GetDouble().ShouldBe(4995, 1);
        activity.GetProperty("elapsedSeconds").GetInt32().ShouldBe(TrackApi.RunSeconds);
        activity.GetProperty("movingSeconds").GetInt32().ShouldBe(TrackApi.RunSeconds);
        activity.GetProperty("averageHeartRate").GetInt32().ShouldBe(150);
        var statistics = activity.GetProperty("statistics");
        statistics.GetProperty("kilometerSplits").GetArrayLength().ShouldBe(5);
        statistics.GetProperty("mileSplits").GetArrayLength().ShouldBe(4);
        var bestKilometre = statistics.GetProperty("bestEfforts").EnumerateArray().Single(e => e.GetProperty("name").GetString() == "1k");
        bestKilometre.GetProperty("elapsedSeconds").GetDouble().ShouldBe(1000 / TrackApi.RunSpeed, 0.5);
        statistics.GetProperty("elevationLossMeters").GetDouble().ShouldBe(0);
        statistics.GetProperty("averageCadence").GetDouble().ShouldBe(170, 0.01);
        statistics.GetProperty("zonesByMaxHeartRate").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task Given_a_manual_activity_When_read_Then_it_has_no_statistics_and_no_streams()
    {
        var owner = await app.CreateAthleteClientAsync();
        var id = (await owner.RecordAsync(ActivityApi.Run())).IdOf();

        var activity = await (await owner.GetAsync($"{ActivityApi.Url}/{id}")).JsonAsync();
        var streams = await owner.GetAsync($"{ActivityApi.Url}/{id}/streams");

        activity.GetProperty("statistics").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        await streams.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_a_recorded_track_When_its_streams_are_read_Then_they_are_downsampled_by_default_and_full_on_request()
    {
        var owner = await app.CreateAthleteClientAsync();
        var recorded = await app.SendAsync(TrackApi.Run(await owner.AthleteIdAsync()));
        var url = $"{ActivityApi.Url}/{recorded.ActivityId}/streams";

        var charted = await (await owner.GetAsync(url)).JsonAsync();
        var coarse = await (await owner.GetAsync(url + "?resolution=100")).JsonAsync();
        var full = await (await owner.GetAsync(url + "?resolution=full")).JsonAsync();

        charted.GetProperty("sampleCount").GetInt32().ShouldBe(TrackApi.RunSeconds + 1);
        charted.GetProperty("time").GetArrayLength().ShouldBe(1000);
        coarse.GetProperty("time").GetArrayLength().ShouldBe(100);
        full.GetProperty("time").GetArrayLength().ShouldBe(TrackApi.RunSeconds + 1);
        full.GetProperty("time")[TrackApi.RunSeconds].GetDouble().ShouldBe(TrackApi.RunSeconds);
        full.GetProperty("heartRate")[7].GetDouble().ShouldBe(150);
        full.GetProperty("latitude")[0].GetDouble().ShouldBe(52.5, 1e-7);
        full.GetProperty("temperature")[3].GetDouble().ShouldBe(12.5, 1e-9);
        full.GetProperty("power").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task Given_a_bad_resolution_When_streams_are_read_Then_400_naming_it()
    {
        var owner = await app.CreateAthleteClientAsync();
        var recorded = await app.SendAsync(TrackApi.Run(await owner.AthleteIdAsync()));

        var response = await owner.GetAsync($"{ActivityApi.Url}/{recorded.ActivityId}/streams?resolution=1");

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldContain("resolution");
    }

    [Theory]
    [InlineData(Visibility.Private, HttpStatusCode.NotFound)]
    [InlineData(Visibility.Followers, HttpStatusCode.NotFound)]
    [InlineData(Visibility.Public, HttpStatusCode.OK)]
    public async Task Given_a_track_When_a_stranger_reads_its_streams_Then_only_a_public_one_is_shown(Visibility visibility, HttpStatusCode expected)
    {
        var owner = await app.CreateAthleteClientAsync();
        var stranger = await app.CreateAthleteClientAsync();
        var recorded = await app.SendAsync(TrackApi.Run(await owner.AthleteIdAsync(), visibility));

        var response = await stranger.GetAsync($"{ActivityApi.Url}/{recorded.ActivityId}/streams");

        response.StatusCode.ShouldBe(expected);
    }

    [Fact]
    public async Task Given_a_public_track_When_a_visitor_without_token_reads_its_streams_Then_401()
    {
        var owner = await app.CreateAthleteClientAsync();
        var recorded = await app.SendAsync(TrackApi.Run(await owner.AthleteIdAsync(), Visibility.Public));

        var response = await app.CreateClient().GetAsync($"{ActivityApi.Url}/{recorded.ActivityId}/streams");

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_a_recorded_track_Then_ActivityRecorded_is_in_the_outbox()
    {
        var owner = await app.CreateAthleteClientAsync();
        var recorded = await app.SendAsync(TrackApi.Run(await owner.AthleteIdAsync()));

        (await app.OutboxPayloadsAsync(nameof(ActivityRecorded), recorded.ActivityId)).Count.ShouldBe(1);
    }

    [Theory]
    [InlineData(1, "latitude", 95.0)]
    [InlineData(2, "longitude", -181.0)]
    [InlineData(3, "heartRate", 251.0)]
    [InlineData(4, "speed", -1.0)]
    public async Task Given_an_impossible_sample_When_recording_Then_the_field_is_named_and_nothing_is_stored(int index, string field, double value)
    {
        var owner = await app.CreateAthleteClientAsync();
        var valid = TrackApi.Run(await owner.AthleteIdAsync());
        var samples = valid.Samples.ToList();
        samples[index] = field switch
        {
            "latitude" => samples[index] with { Latitude = value },
            "longitude" => samples[index] with { Longitude = value },
            "heartRate" => samples[index] with { HeartRate = value },
            _ => samples[index] with { Speed = value },
        };

        var failure = await Should.ThrowAsync<ValidationException>(() => app.SendAsync(valid with { Samples = samples }));

        failure.Errors.Select(e => e.PropertyName).ShouldContain($"samples[{index}].{field}");
        (await app.CountActivitiesAsync(valid.Title!)).ShouldBe(0);
    }

    [Fact]
    public async Task Given_a_single_sample_When_recording_Then_samples_is_named()
    {
        var owner = await app.CreateAthleteClientAsync();
        var valid = TrackApi.Run(await owner.AthleteIdAsync());

        var failure = await Should.ThrowAsync<ValidationException>(() => app.SendAsync(valid with { Samples = valid.Samples.Take(1).ToList() }));

        failure.Errors.Select(e => e.PropertyName).ShouldContain("samples");
    }

    [Fact]
    public async Task Given_a_recorded_track_When_its_activity_is_deleted_Then_its_stream_is_gone()
    {
        var owner = await app.CreateAthleteClientAsync();
        var recorded = await app.SendAsync(TrackApi.Run(await owner.AthleteIdAsync()));

        (await owner.DeleteAsync($"{ActivityApi.Url}/{recorded.ActivityId}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await app.Services.QueryAsync<TrainingDbContext, int>(db => db.ActivityStreams.CountAsync(s => s.ActivityId == recorded.ActivityId))).ShouldBe(0);
    }
}

public sealed class TrackActivityTests_Sqlite(SqliteApp app) : TrackActivityTests(app), IClassFixture<SqliteApp>;

public sealed class TrackActivityTests_Postgres(PostgresApp app) : TrackActivityTests(app), IClassFixture<PostgresApp>;
