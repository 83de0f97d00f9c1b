using System.Globalization;

namespace FitnessApp.Modules.Training.Pages.Activities;

/// <summary>Durations typed as "h:mm:ss", "mm:ss" or plain minutes ("45"), and back.</summary>
internal static class DurationText
{
    public static bool TryParse(string? text, out int seconds)
    {
        seconds = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Trim().Split(':');
        if (parts.Length > 3 || parts.Any(p => p.Length == 0 || !p.All(char.IsAsciiDigit) || p.Length > 6))
        {
            return false;
        }

        var numbers = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        if (numbers.Skip(1).Any(n => n >= 60))
        {
            return false;
        }

        seconds = numbers.Length switch
        {
            1 => numbers[0] * 60,
            2 => (numbers[0] * 60) + numbers[1],
            _ => (numbers[0] * 3600) + (numbers[1] * 60) + numbers[2],
        };
        return true;
    }

    public static string Format(int seconds)
    {
        var span = TimeSpan.FromSeconds(Math.Max(0, seconds));
        return $"{(int)span.TotalHours}:{span.Minutes:00}:{span.Seconds:00}";
    }
}
