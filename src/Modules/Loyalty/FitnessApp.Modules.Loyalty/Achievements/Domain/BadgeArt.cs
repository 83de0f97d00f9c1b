namespace FitnessApp.Modules.Loyalty.Achievements.Domain;

/// <summary>
/// Draws the default badges: a medal (circle) or a hexagon in the achievement's colour, a white glyph and the tier's
/// ring and numeral. Plain shapes only: no fonts beyond the generic family, no images, no script.
/// </summary>
internal static class BadgeArt
{
    private static readonly string[] TierRings = ["#b87333", "#9aa5b1", "#d4a017", "#5b8def"];
    private static readonly string[] Numerals = ["I", "II", "III", "IV"];

    private static readonly Dictionary<string, string> Glyphs = new(StringComparer.Ordinal)
    {
        ["star"] = "<polygon points=\"64,34 71,52 90,52 75,63 81,82 64,70 47,82 53,63 38,52 57,52\"/>",
        ["road"] = "<path d=\"M56 84 L62 36 H66 L72 84 Z\"/><path d=\"M40 84 L54 36 H58 L48 84 Z\" opacity=\"0.6\"/><path d=\"M88 84 L74 36 H70 L80 84 Z\" opacity=\"0.6\"/>",
        ["wheel"] = "<circle cx=\"46\" cy=\"68\" r=\"13\" fill=\"none\" stroke=\"#fff\" stroke-width=\"5\"/><circle cx=\"82\" cy=\"68\" r=\"13\" fill=\"none\" stroke=\"#fff\" stroke-width=\"5\"/><path d=\"M46 68 L58 46 H76 L82 68 M58 46 L64 68 H46\" fill=\"none\" stroke=\"#fff\" stroke-width=\"4\" stroke-linejoin=\"round\"/>",
        ["wave"] = "<path d=\"M34 54 q8 -8 15 0 t15 0 t15 0 t15 0 M34 68 q8 -8 15 0 t15 0 t15 0 t15 0\" fill=\"none\" stroke=\"#fff\" stroke-width=\"5\" stroke-linecap=\"round\"/><circle cx=\"64\" cy=\"38\" r=\"5\"/>",
        ["boot"] = "<path d=\"M48 36 H64 V62 L86 70 Q90 72 90 78 V84 H44 Z\"/>",
        ["clock"] = "<circle cx=\"64\" cy=\"60\" r=\"24\" fill=\"none\" stroke=\"#fff\" stroke-width=\"5\"/><path d=\"M64 46 V60 L74 68\" fill=\"none\" stroke=\"#fff\" stroke-width=\"5\" stroke-linecap=\"round\"/>",
        ["hash"] = "<path d=\"M56 38 L50 82 M76 38 L70 82 M42 52 H88 M40 68 H86\" fill=\"none\" stroke=\"#fff\" stroke-width=\"6\" stroke-linecap=\"round\"/>",
        ["repeat"] = "<path d=\"M42 62 A22 22 0 0 1 80 46 M86 58 A22 22 0 0 1 48 74\" fill=\"none\" stroke=\"#fff\" stroke-width=\"6\" stroke-linecap=\"round\"/><polygon points=\"86,36 88,54 72,50\"/><polygon points=\"42,84 40,66 56,70\"/>",
        ["flame"] = "<path d=\"M64 32 C76 46 86 56 84 70 C82 82 74 88 64 88 C54 88 44 82 44 70 C44 60 52 54 56 46 C58 54 62 58 66 58 C68 50 66 42 64 32 Z\"/>",
        ["calendar"] = "<rect x=\"40\" y=\"40\" width=\"48\" height=\"44\" rx=\"5\" fill=\"none\" stroke=\"#fff\" stroke-width=\"5\"/><path d=\"M40 52 H88 M52 34 V44 M76 34 V44\" stroke=\"#fff\" stroke-width=\"5\" stroke-linecap=\"round\"/><path d=\"M50 68 L60 76 L78 60\" fill=\"none\" stroke=\"#fff\" stroke-width=\"5\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>",
        ["sun"] = "<circle cx=\"64\" cy=\"62\" r=\"13\"/><path d=\"M64 36 V42 M64 82 V88 M38 62 H44 M84 62 H90 M46 44 L50 48 M78 76 L82 80 M46 80 L50 76 M78 48 L82 44\" stroke=\"#fff\" stroke-width=\"5\" stroke-linecap=\"round\"/>",
        ["moon"] = "<path d=\"M72 34 A28 28 0 1 0 90 74 A22 22 0 1 1 72 34 Z\"/>",
        ["return"] = "<path d=\"M84 78 V60 A16 16 0 0 0 68 44 H44\" fill=\"none\" stroke=\"#fff\" stroke-width=\"6\" stroke-linecap=\"round\"/><polygon points=\"36,44 50,32 50,56\"/>",
        ["flag"] = "<path d=\"M46 86 V34\" stroke=\"#fff\" stroke-width=\"5\" stroke-linecap=\"round\"/><path d=\"M48 36 H84 L76 48 L84 60 H48 Z\"/>",
        ["steps"] = "<ellipse cx=\"52\" cy=\"68\" rx=\"8\" ry=\"14\"/><ellipse cx=\"76\" cy=\"50\" rx=\"8\" ry=\"14\"/><circle cx=\"52\" cy=\"88\" r=\"4\"/><circle cx=\"76\" cy=\"70\" r=\"4\"/>",
        ["trophy"] = "<path d=\"M48 36 H80 V52 A16 16 0 0 1 48 52 Z\"/><path d=\"M48 42 H38 A10 10 0 0 0 50 58 M80 42 H90 A10 10 0 0 1 78 58\" fill=\"none\" stroke=\"#fff\" stroke-width=\"4\"/><rect x=\"60\" y=\"66\" width=\"8\" height=\"10\"/><rect x=\"50\" y=\"76\" width=\"28\" height=\"7\" rx=\"2\"/>",
        ["heart"] = "<path d=\"M64 86 L40 62 A13 13 0 0 1 64 44 A13 13 0 0 1 88 62 Z\"/>",
        ["people"] = "<circle cx=\"52\" cy=\"48\" r=\"9\"/><circle cx=\"78\" cy=\"48\" r=\"9\"/><path d=\"M36 82 A16 16 0 0 1 68 82 Z M62 82 A16 16 0 0 1 94 82 Z\"/>",
        ["mountain"] = "<path d=\"M34 84 L56 46 L66 62 L76 50 L94 84 Z\"/><path d=\"M56 46 L50 56 L56 54 L62 56 Z\" fill=\"#000\" opacity=\"0.25\"/>",
    };

    public static IReadOnlyCollection<string> GlyphNames => Glyphs.Keys;

    /// <summary>An SVG badge (128×128). <paramref name="tier"/> is 1-4; hexagons for tiered series, medals otherwise.</summary>
    public static string Draw(string glyph, string colour, int tier, bool hexagon)
    {
        var ring = TierRings[Math.Clamp(tier, 1, TierRings.Length) - 1];
        var numeral = Numerals[Math.Clamp(tier, 1, Numerals.Length) - 1];
        var shape = hexagon
            ? $"<polygon points=\"64,6 114,35 114,93 64,122 14,93 14,35\" fill=\"{ring}\"/><polygon points=\"64,16 105,40 105,88 64,112 23,88 23,40\" fill=\"{colour}\"/>"
            : $"<path d=\"M40 100 L30 126 L46 118 L54 128 L60 104 Z M88 100 L98 126 L82 118 L74 128 L68 104 Z\" fill=\"{colour}\" opacity=\"0.85\"/><circle cx=\"64\" cy=\"60\" r=\"54\" fill=\"{ring}\"/><circle cx=\"64\" cy=\"60\" r=\"45\" fill=\"{colour}\"/>";
        var labelY = hexagon ? "92" : "96";
        var textY = hexagon ? "104" : "108";
        return
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 128 128\" width=\"128\" height=\"128\" role=\"img\">" +
            shape +
            $"<g fill=\"#fff\">{Glyphs[glyph]}</g>" +
            $"<rect x=\"46\" y=\"{labelY}\" width=\"36\" height=\"16\" rx=\"8\" fill=\"{ring}\" stroke=\"#fff\" stroke-width=\"1.5\"/>" +
            $"<text x=\"64\" y=\"{textY}\" text-anchor=\"middle\" font-family=\"sans-serif\" font-size=\"12\" font-weight=\"bold\" fill=\"#fff\">{numeral}</text>" +
            "</svg>";
    }
}
