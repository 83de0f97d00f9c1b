using FitnessApp.Modules.Social.Feed;

namespace FitnessApp.Modules.Social.Tests.Feed;

public sealed class PolylineTests
{
    private static readonly (double, double)[] PublishedPoints = [(38.5, -120.2), (40.7, -120.95), (43.252, -126.453)];

    [Fact]
    public void Given_the_algorithms_published_example_When_encoded_Then_its_published_string()
    {
        Polyline.Encode(PublishedPoints).ShouldBe("_p~iF~ps|U_ulLnnqC_mqNvxq`@");
    }

    [Fact]
    public void Given_the_published_string_When_decoded_Then_the_published_points()
    {
        var points = Polyline.Decode("_p~iF~ps|U_ulLnnqC_mqNvxq`@");

        points.Count.ShouldBe(3);
        for (var i = 0; i < 3; i++)
        {
            points[i].Latitude.ShouldBe(PublishedPoints[i].Item1, 1e-9);
            points[i].Longitude.ShouldBe(PublishedPoints[i].Item2, 1e-9);
        }
    }

    [Fact]
    public void Given_a_single_negative_value_When_encoded_Then_the_published_step_result()
    {
        // The documentation's worked value: -179.9832104 encodes to `~oia@`.
        Polyline.Encode([(-179.9832104, 0)]).ShouldBe("`~oia@?");
    }

    [Fact]
    public void Given_garbage_When_decoded_Then_no_points_and_no_exception()
    {
        Polyline.Decode("\u0001\u0002").ShouldBeEmpty();
        Polyline.Decode(null).ShouldBeEmpty();
    }
}
