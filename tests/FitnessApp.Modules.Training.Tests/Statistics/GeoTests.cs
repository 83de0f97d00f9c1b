using FitnessApp.Modules.Training.Statistics;

namespace FitnessApp.Modules.Training.Tests.Statistics;

public sealed class GeoTests
{
    [Fact]
    public void One_degree_of_latitude_is_111195_m_on_the_mean_earth_radius()
    {
        Geo.HaversineMeters(45, 10, 46, 10).ShouldBe(111_195.08, 0.01);
        Geo.HaversineMeters(0, 0, 1, 0).ShouldBe(111_195.08, 0.01);
    }

    [Fact]
    public void A_quarter_of_the_equator_and_pole_to_equator_are_R_pi_over_2()
    {
        var quarter = Geo.MeanEarthRadiusMeters * Math.PI / 2; // 10,007,557 m
        Geo.HaversineMeters(0, 0, 0, 90).ShouldBe(quarter, 0.001);
        Geo.HaversineMeters(0, 30, 90, 0).ShouldBe(quarter, 0.001);
    }

    [Fact]
    public void One_degree_of_longitude_at_60_degrees_north_is_about_half_a_degree_at_the_equator()
    {
        // Great circle slightly shorter than the parallel: 2R·asin(cos60°·sin0.5°).
        var expected = 2 * Geo.MeanEarthRadiusMeters * Math.Asin(0.5 * Math.Sin(0.5 * Math.PI / 180));
        Geo.HaversineMeters(60, 0, 60, 1).ShouldBe(expected, 1e-6);
        expected.ShouldBe(55_597.5, 0.5);
    }

    [Fact]
    public void Nashville_to_los_angeles_matches_the_classic_haversine_example()
    {
        // Rosetta Code's haversine task: BNA (36.12, −86.67) → LAX (33.94, −118.40) = 2,887.2599506 km on R = 6,372.8 km.
        var meters = Geo.HaversineMeters(36.12, -86.67, 33.94, -118.40);

        (meters * 6_372_800 / Geo.MeanEarthRadiusMeters).ShouldBe(2_887_259.95, 0.01);
        meters.ShouldBe(2_886_448, 1); // on the mean radius 6,371,008.8 m
    }

    [Fact]
    public void Distance_is_symmetric_and_zero_for_the_same_point()
    {
        Geo.HaversineMeters(46.43, 13.74, 46.43, 13.74).ShouldBe(0);
        Geo.HaversineMeters(46.43, 13.74, 45.8, 15.9).ShouldBe(Geo.HaversineMeters(45.8, 15.9, 46.43, 13.74), 1e-6);
    }
}
