using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace FitnessApp.Modules.Devices.Imports.ListImports;

/// <summary>The opaque position after the last import of a page: its creation instant and id, base64url-encoded.</summary>
internal readonly record struct ImportCursor(DateTime CreatedAt, Guid Id)
{
    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{CreatedAt.Ticks.ToString(CultureInfo.InvariantCulture)}.{Id:N}"));

    public static bool TryDecode(string? value, out ImportCursor cursor)
    {
        cursor = default;
        if (string.IsNullOrEmpty(value) || value.Length > 100)
        {
            return false;
        }

        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(value)).Split('.');
            if (parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                && ticks <= DateTime.MaxValue.Ticks && Guid.TryParseExact(parts[1], "N", out var id))
            {
                cursor = new ImportCursor(new DateTime(ticks, DateTimeKind.Utc), id);
                return true;
            }
        }
        catch (FormatException)
        {
            return false;
        }

        return false;
    }
}
