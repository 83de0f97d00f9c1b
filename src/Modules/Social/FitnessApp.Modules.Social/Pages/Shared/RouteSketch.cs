using System.Globalization;
using System.Text;
using FitnessApp.Modules.Training.Contracts.Activities;
using EncodedPolyline = FitnessApp.Modules.Social.Feed.Polyline;

namespace FitnessApp.Modules.Social.Pages.Shared;

/// <summary>
/// A route as SVG points: equirectangular projection (x = longitude × cos(mean latitude), y = latitude), scaled
/// uniformly into a box with a margin, centred, north up. No map tiles, so it works offline.
/// </summary>
internal sealed record RouteSketch(IReadOnlyList<(double X, double Y)> Points, double Width, double Height)
{
    /// <summary>The small box of a list item (a feed card).</summary>
    public const double SmallWidth = 160;
    public const double SmallHeight = 100;
    public const double SmallMargin = 6;

    public (double X, double Y) Start => Points[0];

    public (double X, double Y) Finish => Points[^1];

    /// <summary>"x,y x,y …" for a polyline's <c>points</c>, one decimal, invariant culture.</summary>
    public string Polyline
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

    /// <summary>Null with fewer than two positions.</summary>
    public static RouteSketch? Project(IReadOnlyList<RoutePoint> route, double width, double height, double margin) =>
        Project(route.Select(p => (p.Latitude, p.Longitude)).ToList(), width, height, margin);

    /// <summary>An encoded polyline (as feed posts keep routes) in the small box by default; null with fewer than two positions.</summary>
    public static RouteSketch? FromPolyline(string? encoded, double width = SmallWidth, double height = SmallHeight, double margin = SmallMargin) =>
        Project(EncodedPolyline.Decode(encoded), width, height, margin);

    /// <summary>Null with fewer than two positions.</summary>
    public static RouteSketch? Project(IReadOnlyList<(double Latitude, double Longitude)> route, double width, double height, double margin)
    {
        if (route.Count < 2)
        {
            return null;
        }

        var cos = Math.Cos(route.Average(p => p.Latitude) * Math.PI / 180);
        var xs = route.Select(p => p.Longitude * cos).ToArray();
        var ys = route.Select(p => p.Latitude).ToArray();
        double minX = xs.Min(), maxX = xs.Max(), minY = ys.Min(), maxY = ys.Max();
        var innerWidth = width - (2 * margin);
        var innerHeight = height - (2 * margin);
        var scale = Math.Min(maxX > minX ? innerWidth / (maxX - minX) : double.PositiveInfinity, maxY > minY ? innerHeight / (maxY - minY) : double.PositiveInfinity);
        if (!double.IsFinite(scale))
        {
            scale = 0; // every position the same: one dot in the middle
        }

        var offsetX = margin + ((innerWidth - ((maxX - minX) * scale)) / 2);
        var offsetY = margin + ((innerHeight - ((maxY - minY) * scale)) / 2);
        var points = xs.Select((x, i) => (offsetX + ((x - minX) * scale), offsetY + ((maxY - ys[i]) * scale))).ToList();
        return new RouteSketch(points, width, height);
    }
}
