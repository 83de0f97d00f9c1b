using FitnessApp.Modules.Training.Activities.GetActivityCards;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Statistics;

namespace FitnessApp.Modules.Training.Tests.Activities;

public sealed class RouteThinningTests
{
    [Fact]
    public void Given_a_long_track_When_thinned_to_five_Then_the_first_last_and_evenly_spaced_positions_remain()
    {
        var seconds = Enumerable.Range(0, 9).Select(i => (double)i).ToArray();
        var track = new TrackSamples(seconds) { Latitude = [.. seconds.Select(s => 50 + s)], Longitude = [.. seconds.Select(s => 10 + s)] };

        var route = RouteThinning.Thin(track, 5);

        route.ShouldBe([new RoutePoint(50, 10), new RoutePoint(52, 12), new RoutePoint(54, 14), new RoutePoint(56, 16), new RoutePoint(58, 18)]);
    }

    [Fact]
    public void Given_samples_without_positions_When_thinned_Then_they_are_skipped_and_a_single_position_is_no_route()
    {
        var track = new TrackSamples([0, 1, 2]) { Latitude = [double.NaN, 50, double.NaN], Longitude = [double.NaN, 10, double.NaN] };

        RouteThinning.Thin(track, 100).ShouldBeEmpty();
    }

    [Fact]
    public void Given_a_track_without_gps_When_thinned_Then_the_route_is_empty() =>
        RouteThinning.Thin(new TrackSamples([0, 1, 2]) { HeartRate = [120, 121, 122] }, 100).ShouldBeEmpty();
}
