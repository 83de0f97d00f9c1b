using System.Runtime.CompilerServices;
using System.Text;

namespace FitnessApp.Modules.Shop.Catalog.PartnerImports.Importing;

/// <summary>
/// Reads an RFC 4180 CSV feed (comma-separated, double quotes around fields holding commas, quotes or line breaks, a quote
/// doubled inside them) record by record from the stream, so that a large file is never held in memory. The first record is
/// the header (names case-insensitive).
/// </summary>
internal static class CsvFeedReader
{
    public const int MaxFieldLength = 10_000;
    public const int MaxFields = 64;

    public static async IAsyncEnumerable<RawFeedRow> ReadAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 16 * 1024, leaveOpen: true);
        var records = ReadRecordsAsync(reader, cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using (records)
        {
            if (!await records.MoveNextAsync())
            {
                throw new FeedFormatException("The file is empty: a CSV feed starts with a header row.");
            }

            var header = records.Current.Select(h => h.Trim().ToLowerInvariant()).ToList();
            if (!header.Contains(FeedFields.ExternalId) || !header.Contains(FeedFields.Sku))
            {
                throw new FeedFormatException("The header row must name at least the externalId and sku columns.");
            }

            var row = 0;
            while (await records.MoveNextAsync())
            {
                row++;
                var values = records.Current;
                if (values.Count == 1 && string.IsNullOrWhiteSpace(values[0]))
                {
                    row--;
                    continue;
                }

                var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
                for (var i = 0; i < header.Count && i < values.Count; i++)
                {
                    fields[header[i]] = values[i];
                }

                var error = values.Count != header.Count ? $"expected {header.Count} fields, found {values.Count}" : null;
                yield return new RawFeedRow(row, fields, FeedFields.SplitSports(fields.GetValueOrDefault(FeedFields.Sports)), error);
            }
        }
    }

    private static async IAsyncEnumerable<List<string>> ReadRecordsAsync(StreamReader reader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var buffer = new char[8192];
        var field = new StringBuilder();
        var record = new List<string>();
        var quoted = false;
        var quoteSeen = false;
        var any = false;
        char? previous = null;
        int read;
        while ((read = await reader.ReadAsync(buffer.AsMemory(), cancellationToken)) > 0)
        {
            for (var i = 0; i < read; i++)
            {
                var c = buffer[i];
                if (quoted)
                {
                    if (c == '"')
                    {
                        quoted = false;
                        quoteSeen = true;
                    }
                    else
                    {
                        Append(field, c);
                    }
                }
                else if (c == '"')
                {
                    if (quoteSeen)
                    {
                        // A doubled quote inside a quoted field.
                        Append(field, '"');
                        quoteSeen = false;
                    }

                    quoted = true;
                    any = true;
                }
                else if (c == ',')
                {
                    EndField(field, record);
                    quoteSeen = false;
                    any = true;
                }
                else if (c is '\r' or '\n')
                {
                    if (!(c == '\n' && previous == '\r') && (any || field.Length > 0 || record.Count > 0))
                    {
                        EndField(field, record);
                        yield return record;
                        record = [];
                    }

                    quoteSeen = false;
                    any = false;
                }
                else
                {
                    Append(field, c);
                    quoteSeen = false;
                    any = true;
                }

                previous = c;
            }
        }

        if (quoted)
        {
            throw new FeedFormatException("The file ends inside a quoted field.");
        }

        if (any || field.Length > 0 || record.Count > 0)
        {
            EndField(field, record);
            yield return record;
        }
    }

    private static void Append(StringBuilder field, char c)
    {
        if (field.Length >= MaxFieldLength)
        {
            throw new FeedFormatException($"A field is longer than {MaxFieldLength} characters.");
        }

        field.Append(c);
    }

    private static void EndField(StringBuilder field, List<string> record)
    {
        if (record.Count >= MaxFields)
        {
            throw new FeedFormatException($"A record has more than {MaxFields} fields.");
        }

        record.Add(field.ToString());
        field.Clear();
    }
}
