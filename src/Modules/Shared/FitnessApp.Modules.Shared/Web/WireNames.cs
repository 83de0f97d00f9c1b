using System.Text.Json;

namespace FitnessApp.Modules.Shared.Web;

/// <summary>
/// Reads enum values as clients send them (camelCase names, e.g. <c>trailRunning</c>), so that an unknown
/// value is a validation error naming its field rather than a JSON error. Only letters: no numbers, no
/// comma-separated combinations (which <see cref="Enum.TryParse{TEnum}(string?, bool, out TEnum)"/> would accept).
/// </summary>
public static class WireNames
{
    public static bool TryParse<TEnum>(string? value, out TEnum result)
        where TEnum : struct, Enum
    {
        result = default;
        if (string.IsNullOrEmpty(value) || !value.All(char.IsAsciiLetter))
        {
            return false;
        }

        return Enum.TryParse(value, ignoreCase: true, out result) && Enum.IsDefined(result);
    }

    public static bool IsValid<TEnum>(string? value)
        where TEnum : struct, Enum => TryParse<TEnum>(value, out _);

    public static TEnum Parse<TEnum>(string value)
        where TEnum : struct, Enum =>
        TryParse<TEnum>(value, out var result) ? result : throw new ArgumentException($"'{value}' is not a {typeof(TEnum).Name}.", nameof(value));

    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static string Names<TEnum>()
        where TEnum : struct, Enum => string.Join(", ", Enum.GetValues<TEnum>().Select(Of));
}
