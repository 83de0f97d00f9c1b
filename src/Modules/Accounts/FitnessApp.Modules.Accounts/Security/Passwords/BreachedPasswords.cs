using System.Collections.Frozen;

namespace FitnessApp.Modules.Accounts.Security.Passwords;

/// <summary>
/// The 30,000 most common passwords of public breaches (common-passwords.txt, embedded; see its generator
/// script beside it). A password is refused when it is on the list, case-insensitively, or when it is a
/// listed password followed only by digits and symbols ("password1234", "Dragon2024!!").
/// </summary>
internal static class BreachedPasswords
{
    public const string ErrorCode = "PasswordTooCommon";
    public const string Message = "This password is one of the most common ones in public data breaches: choose another.";

    private const int MinimumStemLength = 3;

    private static readonly Lazy<FrozenSet<string>> List = new(Load);

    public static int Count => List.Value.Count;

    public static bool IsCommon(string? password)
    {
        if (string.IsNullOrWhiteSpace(password))
        {
            return false;
        }

        var lowered = password.Trim().ToLowerInvariant();
        if (List.Value.Contains(lowered))
        {
            return true;
        }

        var stem = lowered.TrimEnd().TrimEnd(SuffixCharacters());
        return stem.Length >= MinimumStemLength && stem.Length < lowered.Length && List.Value.Contains(stem);
    }

    private static char[] SuffixCharacters() => [.. "0123456789!@#$%^&*()-_=+.,?~ "];

    private static FrozenSet<string> Load()
    {
        var assembly = typeof(BreachedPasswords).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("common-passwords.txt", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        var passwords = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                passwords.Add(line.Trim().ToLowerInvariant());
            }
        }

        return passwords.ToFrozenSet(StringComparer.Ordinal);
    }
}
