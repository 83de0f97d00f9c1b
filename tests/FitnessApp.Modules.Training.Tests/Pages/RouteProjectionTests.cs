using FitnessApp.Modules.Training.Pages.Activities;

namespace FitnessApp.Modules.Training.Tests.Pages;

public sealed class RouteProjectionTests
{
    [Fact]
    public void Given_two_points_on_the_equator_When_projected_Then_a_horizontal_line_centred_in_the_box()
    {
        var route = RouteProjection.Project([0.0, 0.0], [0.0, 1.0], 100, 100, 10)!;

        route.Points.ShouldBe([(10.0, 50.0), (90.0, 50.0)]);
        route.PolylinePoints.ShouldBe("10,50 90,50");
    }

    [Fact]
    public void Given_a_square_degree_at_60_degrees_north_When_projected_Then_longitude_shrinks_by_cos_latitude_and_north_is_up()
    {
        // 2° of longitude at 60° N are as long as 1° of latitude: the box is a square on the ground.
        var route = RouteProjection.Project([59.5, 60.5, 60.5, 59.5], [0.0, 0.0, 2.0, 2.0], 100, 100, 0)!;

        route.Points.Select(p => (Math.Round(p.X, 6), Math.Round(p.Y, 6))).ShouldBe([(0.0, 100.0), (0.0, 0.0), (100.0, 0.0), (100.0, 100.0)]);
        route.Start.ShouldBe(route.Points[0]);
        route.Finish.ShouldBe(route.Points[^1]);
    }

    [Fact]
    public void Given_a_tall_route_When_projected_into_a_wide_box_Then_it_keeps_its_shape_and_is_centred_horizontally()
    {
        var route = RouteProjection.Project([0.0, 1.0], [0.0, 0.0], 200, 100, 0)!;

        route.Points.ShouldBe([(100.0, 100.0), (100.0, 0.0)]);
    }

    [Fact]
    public void Given_missing_positions_When_projected_Then_they_are_skipped()
    {
        var route = RouteProjection.Project([0.0, null, 0.0, 0.0], [0.0, 5.0, null, 1.0], 100, 100, 10)!;

        route.Points.Count.ShouldBe(2);
    }

    [Fact]
    public void Given_no_positions_or_one_When_projected_Then_no_route()
    {
        RouteProjection.Project(null, null, 100, 100, 10).ShouldBeNull();
        RouteProjection.Project([1.0], [1.0], 100, 100, 10).ShouldBeNull();
    }

    [Fact]
    public void Given_a_standing_athlete_When_projected_Then_one_dot_in_the_middle()
    {
        var route = RouteProjection.Project([50.0, 50.0], [8.0, 8.0], 100, 60, 10)!;

        route.Points.ShouldBe([(50.0, 30.0), (50.0, 30.0)]);
    }
}
