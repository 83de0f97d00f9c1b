using System.Buffers.Binary;
using System.Text;
using FitnessApp.Modules.Devices.Files.Fit;

namespace FitnessApp.Modules.Devices.Tests.Fuzz;

/// <summary>
/// Deterministic mutations of a fixture: bit flips, byte overwrites (with values parsers treat specially), inserted
/// and removed ranges, copied ranges (duplicated messages or elements), XML-shaped insertions and truncations.
/// Case <c>n</c> of seed <c>s</c> always gives the same bytes, so a failure is reproduced from (seed, case) alone.
/// </summary>
internal static class Mutator
{
    private static readonly byte[] Special = [0x00, 0xFF, 0x7F, 0x80, 0x0E, 0x40, 0x60, 0xC0, (byte)'<', (byte)'>', (byte)'&', (byte)'"', (byte)'-', (byte)'9', (byte)'.'];

    private static readonly string[] XmlSnippets =
    [
        "<", "</", ">", "&", "&amp;", "&#0;", "&#xD800;", "<![CDATA[", "]]>", "<!--", "-->", "<?xml version=\"1.0\"?>",
        "<!DOCTYPE gpx [<!ENTITY a \"aaaaaaaaaa\">]>", "<trkpt lat=\"NaN\" lon=\"1e309\">", "<time>9999-99-99T99:99:99Z</time>",
        "<ele>-1e308</ele>", "<HeartRateBpm><Value>-5</Value></HeartRateBpm>", "<trkseg>", "</trkseg>", "<Lap StartTime=\"x\">",
        "<Trackpoint><Time>2020-01-01T00:00:00Z</Time></Trackpoint>", "xmlns:x=\"urn:x\"", "\uFEFF", "\u00e9", "\0",
    ];

    /// <summary>What was done, for the failure message.</summary>
    public static (byte[] Bytes, string Description) Mutate(FuzzFixture fixture, int seed, int caseNumber, int totalCases)
    {
        // Not HashCode.Combine: it is seeded per process, so a case printed by CI would mutate differently when replayed.
        var random = new Random(unchecked((seed * 1_000_003) + caseNumber));
        var bytes = new List<byte>(fixture.Bytes);
        var steps = new List<string>();

        // One case in eight is a truncation sweep: the cut moves from the first byte to the last across the run,
        // so every region (header, definitions, data, CRC; prolog, root, points, closing tags) is cut somewhere.
        if (caseNumber % 8 == 0)
        {
            var at = (int)((long)fixture.Bytes.Length * (caseNumber / 8) / Math.Max(1, totalCases / 8));
            at = Math.Clamp(at + random.Next(-3, 4), 0, fixture.Bytes.Length);
            bytes.RemoveRange(at, bytes.Count - at);
            steps.Add($"truncate at {at}");
        }
        else
        {
            var count = 1 + random.Next(random.Next(2) == 0 ? 2 : 6);
            for (var i = 0; i < count && bytes.Count > 0; i++)
            {
                steps.Add(MutateOnce(bytes, random, fixture.Format));
            }
        }

        var result = bytes.ToArray();
        // Half the FIT mutations get their sizes and CRCs repaired, so that they are not all refused by the CRC and
        // reach the definitions, the field decoding and the activity builder with absurd content.
        if (fixture.IsSingleFit && random.Next(2) == 0 && RepairFit(result))
        {
            steps.Add("sizes and CRCs repaired");
        }

        return (result, string.Join(", ", steps));
    }

    private static string MutateOnce(List<byte> bytes, Random random, string format)
    {
        var at = Position(bytes.Count, random);
        switch (random.Next(format == "fit" ? 6 : 7))
        {
            case 0:
                var bit = random.Next(8);
                bytes[at] ^= (byte)(1 << bit);
                return $"flip bit {bit} at {at}";
            case 1:
                var value = random.Next(2) == 0 ? Special[random.Next(Special.Length)] : (byte)random.Next(256);
                var run = 1 + random.Next(random.Next(4) == 0 ? 16 : 2);
                for (var i = at; i < Math.Min(bytes.Count, at + run); i++)
                {
                    bytes[i] = value;
                }

                return $"overwrite {run} at {at} with 0x{value:X2}";
            case 2:
                var inserted = new byte[1 + random.Next(random.Next(4) == 0 ? 256 : 8)];
                random.NextBytes(inserted);
                bytes.InsertRange(at, inserted);
                return $"insert {inserted.Length} random at {at}";
            case 3:
                var removed = Math.Min(bytes.Count - at, 1 + random.Next(random.Next(4) == 0 ? 512 : 8));
                bytes.RemoveRange(at, removed);
                return $"remove {removed} at {at}";
            case 4:
                var from = Position(bytes.Count, random);
                var length = Math.Min(bytes.Count - from, 1 + random.Next(200));
                bytes.InsertRange(at, bytes.GetRange(from, length));
                return $"copy {length} from {from} to {at}";
            case 5:
                var cut = random.Next(bytes.Count + 1);
                bytes.RemoveRange(cut, bytes.Count - cut);
                return $"truncate at {cut}";
            default:
                var snippet = XmlSnippets[random.Next(XmlSnippets.Length)];
                bytes.InsertRange(at, Encoding.UTF8.GetBytes(snippet));
                return $"insert \"{snippet}\" at {at}";
        }
    }

    // Mostly near the start (headers, definitions, the XML prolog and root), else anywhere.
    private static int Position(int length, Random random) =>
        length == 0 ? 0 : random.Next(3) == 0 ? random.Next(Math.Min(length, 256)) : random.Next(length);

    private static bool RepairFit(byte[] bytes)
    {
        int headerSize = bytes.Length > 0 ? bytes[0] : 0;
        if (headerSize is not (12 or 14) || bytes.Length < headerSize + 2)
        {
            return false;
        }

        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), (uint)(bytes.Length - headerSize - 2));
        if (headerSize == 14)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(12), FitCrc.Update(0, bytes.AsSpan(0, 12)));
        }

        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(bytes.Length - 2), FitCrc.Update(0, bytes.AsSpan(0, bytes.Length - 2)));
        return true;
    }
}
