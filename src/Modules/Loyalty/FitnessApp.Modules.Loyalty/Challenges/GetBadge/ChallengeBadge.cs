using System.Globalization;
using System.Net;

namespace FitnessApp.Modules.Loyalty.Challenges.GetBadge;

/// <summary>A challenge's badge drawn as SVG: a medal with the place (or a check for finishers) and the title, escaped.</summary>
internal static class ChallengeBadge
{
    private const int MaxTitle = 28;

    public static string Svg(string title, int? place)
    {
        var (fill, label) = place switch
        {
            1 => ("#d4af37", "1"),
            2 => ("#a8a9ad", "2"),
            3 => ("#cd7f32", "3"),
            _ => ("#2e7d32", "\u2713"),
        };
        var text = title.Length > MaxTitle ? title[..(MaxTitle - 1)] + "\u2026" : title;
        return string.Create(CultureInfo.InvariantCulture, $"""
            <svg xmlns="http://www.w3.org/2000/svg" width="160" height="180" viewBox="0 0 160 180" role="img" aria-label="{WebUtility.HtmlEncode(text)}">
              <path d="M55 0 L80 40 L105 0 Z" fill="#1565c0"/>
              <circle cx="80" cy="90" r="56" fill="{fill}" stroke="#ffffff" stroke-width="6"/>
              <text x="80" y="108" text-anchor="middle" font-family="sans-serif" font-size="52" font-weight="bold" fill="#ffffff">{label}</text>
              <text x="80" y="172" text-anchor="middle" font-family="sans-serif" font-size="12" fill="#333333">{WebUtility.HtmlEncode(text)}</text>
            </svg>
            """);
    }
}
