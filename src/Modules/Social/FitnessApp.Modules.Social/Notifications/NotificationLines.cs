using System.Globalization;
using FitnessApp.Modules.Shared.Web;

namespace FitnessApp.Modules.Social.Notifications;

/// <summary>
/// A notification as one sentence in the reader's language: the kind's text (<c>Kind_&lt;Kind&gt;</c>, "{0} gave you kudos")
/// with the actor's name. A report's outcome is told through its own text (<c>Outcome_&lt;action&gt;</c>), kept in the excerpt.
/// </summary>
internal static class NotificationLines
{
    public static string Sentence(Func<string, string> text, string kind, string? actorName, string? excerpt)
    {
        var actor = string.IsNullOrWhiteSpace(actorName) ? text("Someone") : actorName;
        if (kind == WireNames.Of(NotificationKind.ReportOutcome) && excerpt is not null)
        {
            return string.Format(CultureInfo.CurrentCulture, text($"Outcome_{excerpt}"), actor);
        }

        var kindName = char.ToUpperInvariant(kind[0]) + kind[1..];
        return string.Format(CultureInfo.CurrentCulture, text($"Kind_{kindName}"), actor);
    }

    /// <summary>Whether the excerpt is shown under the sentence (a report outcome's excerpt is the outcome itself).</summary>
    public static bool ShowsExcerpt(string kind, string? excerpt) =>
        !string.IsNullOrWhiteSpace(excerpt) && kind != WireNames.Of(NotificationKind.ReportOutcome);
}
