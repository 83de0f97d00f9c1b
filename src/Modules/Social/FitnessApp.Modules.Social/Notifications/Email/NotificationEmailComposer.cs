using System.Globalization;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Social.Pages;
using FitnessApp.Modules.Social.Pages.Notifications;

namespace FitnessApp.Modules.Social.Notifications.Email;

/// <summary>
/// One email for a recipient's waiting notifications of one email kind, in the recipient's language: a single notification
/// is its own subject and links to its page; several are listed (newest first, at most <see cref="MaxLines"/>) and link to
/// the notifications page.
/// </summary>
internal static class NotificationEmailComposer
{
    public const int MaxLines = 10;

    public sealed record Item(NotificationKind Kind, string? ActorName, string? Excerpt, string Link, DateTime CreatedAt);

    public sealed record Composed(string Subject, string Text, string Link);

    public static Composed Compose(IReadOnlyList<Item> items, string language)
    {
        var culture = CultureInfo.GetCultureInfo(language == "ru" ? "ru" : "en");
        string Text(string key) => NotificationsText.Get(key, culture);
        var ordered = items.OrderByDescending(i => i.CreatedAt).ToList();
        var lines = ordered.Take(MaxLines).Select(i =>
        {
            var kind = WireNames.Of(i.Kind);
            var sentence = NotificationLines.Sentence(Text, kind, i.ActorName, i.Excerpt);
            return NotificationLines.ShowsExcerpt(kind, i.Excerpt) ? $"{sentence}: «{i.Excerpt}»" : sentence;
        }).ToList();
        if (ordered.Count == 1)
        {
            return new Composed(lines[0], lines[0], ordered[0].Link);
        }

        var subject = string.Format(culture, Text("Email_Subject_Many"), ordered.Count);
        var more = ordered.Count > MaxLines ? "\n…" : string.Empty;
        return new Composed(subject, string.Join("\n", lines.Select(l => $"• {l}")) + more, SocialPaths.Notifications);
    }
}
