using System.Text;

namespace FitnessApp.Modules.Devices.Imports.Files;

/// <summary>Recognises an upload by its first bytes: gzip and zip magic numbers, the FIT header's ".FIT", the XML root element.</summary>
internal static class FileSniffer
{
    /// <summary>How many leading bytes <see cref="Sniff"/> wants to see.</summary>
    public const int HeadLength = 4096;

    public static FileKind Sniff(ReadOnlySpan<byte> head)
    {
        if (head.IsEmpty)
        {
            return FileKind.Empty;
        }

        if (head is [0x1F, 0x8B, ..])
        {
            return FileKind.Gzip;
        }

        if (head is [0x50, 0x4B, 0x03, 0x04, ..] or [0x50, 0x4B, 0x05, 0x06, ..])
        {
            return FileKind.Zip;
        }

        if (head.Length >= 12 && head[0] is 12 or 14 && head[8..12].SequenceEqual(".FIT"u8))
        {
            return FileKind.Fit;
        }

        return RootOf(Decode(head)) switch
        {
            null => FileKind.Unknown,
            "gpx" => FileKind.Gpx,
            "TrainingCenterDatabase" => FileKind.Tcx,
            _ => FileKind.Xml,
        };
    }

    /// <summary>The kind a file name claims (a trailing .gz is looked through by <see cref="ClaimedContent"/>).</summary>
    public static FileKind Claimed(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".fit" => FileKind.Fit,
        ".gpx" => FileKind.Gpx,
        ".tcx" => FileKind.Tcx,
        ".gz" or ".gzip" => FileKind.Gzip,
        ".zip" => FileKind.Zip,
        _ => FileKind.Unknown,
    };

    /// <summary>The kind of the content a name claims: <c>ride.fit.gz</c> claims FIT inside gzip.</summary>
    public static FileKind ClaimedContent(string fileName) =>
        Claimed(fileName) == FileKind.Gzip ? Claimed(Path.GetFileNameWithoutExtension(fileName)) : Claimed(fileName);

    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fit => "a FIT file",
        FileKind.Gpx => "a GPX file",
        FileKind.Tcx => "a TCX file",
        FileKind.Xml => "an XML document that is neither GPX nor TCX",
        FileKind.Gzip => "a gzip archive",
        FileKind.Zip => "a zip archive",
        FileKind.Empty => "empty",
        _ => "not an activity file (FIT, GPX or TCX)",
    };

    private static string Decode(ReadOnlySpan<byte> head)
    {
        if (head is [0xFF, 0xFE, ..])
        {
            return Encoding.Unicode.GetString(head[2..]);
        }

        if (head is [0xFE, 0xFF, ..])
        {
            return Encoding.BigEndianUnicode.GetString(head[2..]);
        }

        return Encoding.UTF8.GetString(head is [0xEF, 0xBB, 0xBF, ..] ? head[3..] : head);
    }

    /// <summary>The local name of the first element, "" for XML whose root is not in view, null when it is not XML.</summary>
    private static string? RootOf(string text)
    {
        var i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i >= text.Length || text[i] != '<')
        {
            return null;
        }

        while (i < text.Length)
        {
            var open = text.IndexOf('<', i);
            if (open < 0 || open + 1 >= text.Length)
            {
                return "";
            }

            var rest = text.AsSpan(open);
            if (rest.StartsWith("<?") || rest.StartsWith("<!--") || rest.StartsWith("<!"))
            {
                var end = rest.StartsWith("<?") ? "?>" : rest.StartsWith("<!--") ? "-->" : ">";
                if (rest.StartsWith("<!DOCTYPE", StringComparison.Ordinal))
                {
                    return "";
                }

                var close = text.IndexOf(end, open + 2, StringComparison.Ordinal);
                if (close < 0)
                {
                    return "";
                }

                i = close + end.Length;
                continue;
            }

            var nameEnd = open + 1;
            while (nameEnd < text.Length && !char.IsWhiteSpace(text[nameEnd]) && text[nameEnd] is not ('>' or '/'))
            {
                nameEnd++;
            }

            var name = text[(open + 1)..nameEnd];
            var colon = name.IndexOf(':', StringComparison.Ordinal);
            return colon >= 0 ? name[(colon + 1)..] : name;
        }

        return "";
    }
}
