using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace FitnessApp.Modules.Shop.Catalog.PartnerImports.Importing;

/// <summary>
/// Reads a JSON feed, a top-level array of objects (one per variant), element by element from the stream so that a large
/// file is never held in memory. Strings and numbers are kept as their text and checked like CSV fields; <c>sports</c> is an
/// array of strings (or one <c>|</c>-separated string).
/// </summary>
internal static class JsonFeedReader
{
    private static readonly JsonSerializerOptions Options = new() { MaxDepth = 8 };

    public static async IAsyncEnumerable<RawFeedRow> ReadAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var row = 0;
        var elements = JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(stream, Options, cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using (elements)
        {
            while (true)
            {
                try
                {
                    if (!await elements.MoveNextAsync())
                    {
                        break;
                    }
                }
                catch (JsonException exception)
                {
                    throw new FeedFormatException($"The file is not a JSON array of objects: {exception.Message}");
                }

                row++;
                yield return ToRow(row, elements.Current);
            }
        }
    }

    private static RawFeedRow ToRow(int row, JsonElement element)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (element.ValueKind != JsonValueKind.Object)
        {
            return new RawFeedRow(row, fields, [], "not a JSON object");
        }

        IReadOnlyList<string> sports = [];
        string? error = null;
        foreach (var property in element.EnumerateObject())
        {
            var name = property.Name.ToLowerInvariant();
            var value = property.Value;
            if (name == FeedFields.Sports)
            {
                if (value.ValueKind == JsonValueKind.Array)
                {
                    sports = value.EnumerateArray().Select(s => s.ValueKind == JsonValueKind.String ? s.GetString()! : s.GetRawText()).ToList();
                }
                else if (value.ValueKind == JsonValueKind.String)
                {
                    sports = FeedFields.SplitSports(value.GetString());
                }
                else if (value.ValueKind != JsonValueKind.Null)
                {
                    error = "sports must be an array of sport names";
                }

                continue;
            }

            fields[name] = value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                JsonValueKind.True or JsonValueKind.False => value.GetBoolean().ToString(CultureInfo.InvariantCulture),
                JsonValueKind.Null => null,
                _ => null,
            };
            if (value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
            {
                error ??= $"{property.Name} must be a string or a number";
            }
        }

        return new RawFeedRow(row, fields, sports, error);
    }
}
