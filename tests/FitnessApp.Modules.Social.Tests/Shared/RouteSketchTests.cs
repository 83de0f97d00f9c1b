using FitnessApp.Modules.Social.Feed;
using FitnessApp.Modules.Social.Pages.Shared;
using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Social.Tests.Shared;

public sealed class RouteSketchTests
{
    [Fact]
    public void Given_a_route_due_north_When_sketched_in_the_small_box_Then_a_vertical_line_centred_from_bottom_to_top()
    {
        var sketch = RouteSketch.FromPolyline(Polyline.Encode([(52.50, 13.40), (52.51, 13.40), (52.52, 13.40)]))!;

        sketch.Points.Count.ShouldBe(3);
        sketch.Points.ShouldAllBe(p => Math.Abs(p.X - (RouteSketch.SmallWidth / 2)) < 0.1);
        sketch.Start.Y.ShouldBe(RouteSketch.SmallHeight - RouteSketch.SmallMargin, 0.1);
        sketch.Finish.Y.ShouldBe(RouteSketch.SmallMargin, 0.1);
        sketch.Polyline.ShouldBe("80,94 80,50 80,6");
    }

    [Fact]
    public void Given_a_square_at_60_degrees_north_When_sketched_Then_east_west_is_shrunk_by_the_cosine_of_the_latitude()
    {
        RoutePoint[] square = [new(60.0, 10.0), new(60.01, 10.0), new(60.01, 10.02), new(60.0, 10.02)];

        var sketch = RouteSketch.Project(square, 480, 300, 12)!;

        var width = sketch.Points.Max(p => p.X) - sketch.Points.Min(p => p.X);
        var height = sketch.Points.Max(p => p.Y) - sketch.Points.Min(p => p.Y);
        (width / height).ShouldBe(2 * Math.Cos(60.005 * Math.PI / 180), 0.02);
        sketch.Width.ShouldBe(480);
    }

    [Fact]
    public void Given_one_position_or_none_When_sketched_Then_no_sketch_and_one_repeated_position_is_a_dot_in_the_middle()
    {
        RouteSketch.FromPolyline(null).ShouldBeNull();
        RouteSketch.Project([new RoutePoint(52.5, 13.4)], 100, 100, 10).ShouldBeNull();

        var dot = RouteSketch.Project([new RoutePoint(52.5, 13.4), new RoutePoint(52.5, 13.4)], 100, 60, 10)!;

        dot.Points.ShouldBe([(50.0, 30.0), (50.0, 30.0)]);
    }
}
