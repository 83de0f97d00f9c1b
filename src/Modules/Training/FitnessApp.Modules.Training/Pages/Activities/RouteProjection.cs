using System.Globalization;
using System.Text;

namespace FitnessApp.Modules.Training.Pages.Activities;

/// <summary>
/// A route's positions as SVG points: equirectangular projection (x = longitude × cos(mean latitude), y = latitude),
/// scaled uniformly to fit a box with a margin and centred in it, north up. No map tiles: it works offline.
/// </summary>
internal sealed record RouteProjection(IReadOnlyList<(double X, double Y)> Points, double Width, double Height)
{
    public (double X, double Y) Start => Points[0];

    public (double X, double Y) Finish => Points[^1];

    /// <summary>"x,y x,y …" for a polyline's <c>points</c> attribute, one decimal, invariant culture.</summary>
    public string PolylinePoints
    {
        get
        {
            var text = new StringBuilder(Points.Count * 12);
            foreach (var (x, y) in Points)
            {
                text.Append(CultureInfo.InvariantCulture, $"{x:0.#},{y:0.#} ");
            }

            return text.ToString().TrimEnd();
        }
    }

    /// <summary>Null when fewer than two positions are known (a missing value in either channel skips the sample).</summary>
    public static RouteProjection? Project(
        IReadOnlyList<double?>? latitudes, IReadOnlyList<double?>? longitudes, double width, double height, double margin)
    {
        if (latitudes is null || longitudes is null)
        {
            return null;
        }

        var positions = new List<(double Lat, double Lon)>(latitudes.Count);
        for (var i = 0; i < Math.Min(latitudes.Count, longitudes.Count); i++)
        {
            if (latitudes[i] is { } lat && longitudes[i] is { } lon)
            {
                positions.Add((lat, lon));
            }
        }

        if (positions.Count < 2)
        {
            return null;
        }

        var cos = Math.Cos(positions.Average(p => p.Lat) * Math.PI / 180);
        var xs = positions.Select(p => p.Lon * cos).ToArray();
        var ys = positions.Select(p => p.Lat).ToArray();
        double minX = xs.Min(), maxX = xs.Max(), minY = ys.Min(), maxY = ys.Max();
        var spanX = maxX - minX;
        var spanY = maxY - minY;
        var innerWidth = width - (2 * margin);
        var innerHeight = height - (2 * margin);
        var scale = Math.Min(spanX > 0 ? innerWidth / spanX : double.PositiveInfinity, spanY > 0 ? innerHeight / spanY : double.PositiveInfinity);
        if (!double.IsFinite(scale))
        {
            scale = 0; // every position the same: one dot in the middle
        }

        var offsetX = margin + ((innerWidth - (spanX * scale)) / 2);
        var offsetY = margin + ((innerHeight - (spanY * scale)) / 2);
        var points = new (double X, double Y)[positions.Count];
        for (var i = 0; i < points.Length; i++)
        {
            points[i] = (offsetX + ((xs[i] - minX) * scale), offsetY + ((maxY - ys[i]) * scale));
        }

        return new RouteProjection(points, width, height);
    }
}
