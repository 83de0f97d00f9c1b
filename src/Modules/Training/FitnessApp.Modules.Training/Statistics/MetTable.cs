namespace FitnessApp.Modules.Training.Statistics;

/// <summary>
/// Metabolic equivalents (MET) of a sport as a function of speed, for the calorie estimate
/// kcal = MET × body mass (kg) × moving hours. The values are the 2011 Compendium of Physical Activities
/// entries (Ainsworth et al.) for the sport's speed bands, linearly interpolated between the tabulated
/// speeds and clamped outside them.
/// </summary>
internal sealed class MetTable
{
    private readonly double[] speedsKmh;
    private readonly double[] mets;

    /// <param name="points">(speed km/h, MET) pairs in ascending speed order; one pair means a constant MET.</param>
    public MetTable(params (double SpeedKmh, double Met)[] points)
    {
        if (points.Length == 0)
        {
            throw new ArgumentException("At least one point is needed.", nameof(points));
        }

        speedsKmh = new double[points.Length];
        mets = new double[points.Length];
        for (var i = 0; i < points.Length; i++)
        {
            if (i > 0 && points[i].SpeedKmh <= points[i - 1].SpeedKmh)
            {
                throw new ArgumentException("Speeds must ascend.", nameof(points));
            }

            speedsKmh[i] = points[i].SpeedKmh;
            mets[i] = points[i].Met;
        }
    }

    /// <summary>Running: Compendium codes 12020-12150 (6.0 MET at 6.4 km/h ... 23.0 MET at 22.5 km/h).</summary>
    public static MetTable Running { get; } = new(
        (6.4, 6.0), (8.0, 8.3), (9.7, 9.8), (10.8, 10.5), (11.3, 11.0), (12.1, 11.5), (12.9, 11.8),
        (13.8, 12.3), (14.5, 12.8), (16.1, 14.5), (17.7, 16.0), (19.3, 19.0), (20.9, 19.8), (22.5, 23.0));

    /// <summary>Walking: Compendium codes 17150-17231 (2.0 MET below 3.2 km/h ... 8.3 MET at 8.0 km/h).</summary>
    public static MetTable Walking { get; } = new(
        (2.7, 2.0), (3.2, 2.8), (4.0, 3.0), (4.8, 3.5), (5.6, 4.3), (6.4, 5.0), (7.2, 7.0), (8.0, 8.3));

    /// <summary>Road cycling: Compendium codes 01010-01066 (4.0 MET below 16 km/h ... 15.8 MET above 32 km/h).</summary>
    public static MetTable Cycling { get; } = new(
        (16.0, 4.0), (17.7, 6.8), (20.9, 8.0), (24.1, 10.0), (28.2, 12.0), (32.2, 15.8));

    /// <summary>A sport whose MET does not depend on speed (hiking 6.0, swimming 7.0, strength 3.5, yoga 2.5, ...).</summary>
    public static MetTable Constant(double met) => new((0, met));

    public double MetAt(double speedKmh)
    {
        if (double.IsNaN(speedKmh) || speedKmh <= speedsKmh[0])
        {
            return mets[0];
        }

        var last = speedsKmh.Length - 1;
        if (speedKmh >= speedsKmh[last])
        {
            return mets[last];
        }

        var i = 1;
        while (speedsKmh[i] < speedKmh)
        {
            i++;
        }

        var f = (speedKmh - speedsKmh[i - 1]) / (speedsKmh[i] - speedsKmh[i - 1]);
        return mets[i - 1] + (f * (mets[i] - mets[i - 1]));
    }
}
