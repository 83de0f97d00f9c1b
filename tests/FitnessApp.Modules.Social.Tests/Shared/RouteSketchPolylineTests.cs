using System.Globalization;
using FitnessApp.Modules.Social.Feed;
using FitnessApp.Modules.Social.Pages.Shared;

namespace FitnessApp.Modules.Social.Tests.Shared;

/// <summary>A feed post's encoded route drawn in the small box, as the feed cards show it.</summary>
public sealed class RouteSketchPolylineTests
{
    [Fact]
    public void Given_a_route_due_north_When_projected_Then_it_is_a_vertical_line_centred_in_the_box_from_bottom_to_top()
    {
        var encoded = Polyline.Encode([(52.50, 13.40), (52.51, 13.40), (52.52, 13.40)]);

        var points = Parse(RouteSketch.FromPolyline(encoded)!.Polyline);

        points.Count.ShouldBe(3);
        points.ShouldAllBe(p => Math.Abs(p.X - (RouteSketch.SmallWidth / 2)) < 0.1);
        points[0].Y.ShouldBe(RouteSketch.SmallHeight - 6, 0.1);
        points[2].Y.ShouldBe(6, 0.1);
        points[1].Y.ShouldBe(RouteSketch.SmallHeight / 2, 0.1);
    }

    [Fact]
    public void Given_a_square_at_60_degrees_north_When_projected_Then_east_west_is_shrunk_by_the_cosine_of_the_latitude()
    {
        var encoded = Polyline.Encode([(60.0, 10.0), (60.01, 10.0), (60.01, 10.02), (60.0, 10.02)]);

        var points = Parse(RouteSketch.FromPolyline(encoded)!.Polyline);

        var width = points.Max(p => p.X) - points.Min(p => p.X);
        var height = points.Max(p => p.Y) - points.Min(p => p.Y);
        (width / height).ShouldBe(2 * Math.Cos(60.005 * Math.PI / 180), 0.02);
    }

    [Fact]
    public void Given_fewer_than_two_positions_When_projected_Then_no_drawing()
    {
        RouteSketch.FromPolyline(null).ShouldBeNull();
        RouteSketch.FromPolyline(Polyline.Encode([(52.5, 13.4)])).ShouldBeNull();
    }

    private static List<(double X, double Y)> Parse(string points) =>
        points.Split(' ').Select(p => p.Split(',')).Select(p => (double.Parse(p[0], CultureInfo.InvariantCulture), double.Parse(p[1], CultureInfo.InvariantCulture))).ToList();
}
