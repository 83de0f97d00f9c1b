using System.Text;
using System.Xml;

namespace FitnessApp.Modules.Loyalty.Achievements.Badges;

/// <summary>
/// What an operator-supplied badge may be: well-formed XML with an <c>svg</c> root, at most 64 KB, no script, no
/// foreignObject, no event attributes (<c>on*</c>), no reference outside the document (only <c>#fragment</c> hrefs and
/// <c>url(#...)</c>), no DTD.
/// </summary>
internal static class BadgeSvgRules
{
    public const int MaxBytes = 64 * 1024;

    private static readonly HashSet<string> ForbiddenElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "foreignObject", "iframe", "embed", "object", "handler", "listener",
    };

    /// <summary>Null when the SVG is acceptable, else why not.</summary>
    public static string? Problem(string? svg)
    {
        if (string.IsNullOrWhiteSpace(svg))
        {
            return "'badgeSvg' must not be empty.";
        }

        if (Encoding.UTF8.GetByteCount(svg) > MaxBytes)
        {
            return $"'badgeSvg' must be at most {MaxBytes} bytes.";
        }

        try
        {
            using var reader = XmlReader.Create(new StringReader(svg), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            var root = true;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (root && reader.LocalName != "svg")
                {
                    return "'badgeSvg' must have an <svg> root element.";
                }

                root = false;
                if (ForbiddenElements.Contains(reader.LocalName))
                {
                    return $"'badgeSvg' must not contain <{reader.LocalName}>.";
                }

                if (AttributeProblem(reader) is { } problem)
                {
                    return problem;
                }
            }

            return root ? "'badgeSvg' must have an <svg> root element." : null;
        }
        catch (XmlException)
        {
            return "'badgeSvg' must be well-formed XML.";
        }
    }

    private static string? AttributeProblem(XmlReader reader)
    {
        for (var i = 0; i < reader.AttributeCount; i++)
        {
            reader.MoveToAttribute(i);
            var name = reader.LocalName;
            var value = reader.Value.Trim();
            if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            {
                return $"'badgeSvg' must not have event attributes ({name}).";
            }

            if (name.Equals("href", StringComparison.OrdinalIgnoreCase) && !value.StartsWith('#'))
            {
                return "'badgeSvg' may only link inside itself (href=\"#...\").";
            }

            if (value.Contains("javascript:", StringComparison.OrdinalIgnoreCase)
                || (value.Contains("url(", StringComparison.OrdinalIgnoreCase) && !value.Replace(" ", string.Empty, StringComparison.Ordinal).Contains("url(#", StringComparison.OrdinalIgnoreCase))
                || value.Contains("@import", StringComparison.OrdinalIgnoreCase))
            {
                return $"'badgeSvg' must not reference anything outside itself ({name}).";
            }
        }

        reader.MoveToElement();
        return null;
    }
}
