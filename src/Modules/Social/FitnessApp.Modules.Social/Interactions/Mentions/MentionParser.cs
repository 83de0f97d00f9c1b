namespace FitnessApp.Modules.Social.Interactions.Mentions;

/// <summary>An athlete who may be mentioned, by the display name that follows the <c>@</c>.</summary>
internal sealed record MentionCandidate(Guid AthleteId, string DisplayName);

/// <summary>Where a mention is in the text: <see cref="Start"/> is the <c>@</c>, <see cref="Length"/> covers the name too.</summary>
internal sealed record MentionMatch(Guid AthleteId, string DisplayName, int Start, int Length);

/// <summary>A piece of a comment for display: plain text, or a mention of <see cref="AthleteId"/>.</summary>
internal sealed record CommentSegment(string Text, Guid? AthleteId);

/// <summary>
/// Finds <c>@Name</c> mentions of known athletes in a comment. Display names may hold spaces ("Anna Petrova"), so the
/// text is not split into words: at each <c>@</c> that starts a word the longest candidate name that follows it
/// (case-insensitive) and ends at a word boundary wins. An <c>@</c> inside a word (an email address) is not a mention.
/// Mentions are stored as the text itself; this runs again to render them.
/// </summary>
internal static class MentionParser
{
    public static IReadOnlyList<MentionMatch> Find(string text, IReadOnlyCollection<MentionCandidate> candidates)
    {
        var names = candidates.Where(c => !string.IsNullOrWhiteSpace(c.DisplayName))
            .OrderByDescending(c => c.DisplayName.Length)
            .ToList();
        var matches = new List<MentionMatch>();
        if (names.Count == 0)
        {
            return matches;
        }

        var i = 0;
        while (i < text.Length)
        {
            if (text[i] != '@' || (i > 0 && IsWordChar(text[i - 1])))
            {
                i++;
                continue;
            }

            var match = names.FirstOrDefault(c => NameAt(text, i + 1, c.DisplayName));
            if (match is null)
            {
                i++;
                continue;
            }

            var length = 1 + match.DisplayName.Length;
            matches.Add(new MentionMatch(match.AthleteId, match.DisplayName, i, length));
            i += length;
        }

        return matches;
    }

    /// <summary>The distinct athletes mentioned, in order of first mention, at most <paramref name="max"/>.</summary>
    public static IReadOnlyList<Guid> Athletes(IEnumerable<MentionMatch> matches, int max) =>
        matches.Select(m => m.AthleteId).Distinct().Take(max).ToList();

    public static IReadOnlyList<CommentSegment> Segments(string text, IReadOnlyList<MentionMatch> matches)
    {
        var segments = new List<CommentSegment>();
        var at = 0;
        foreach (var match in matches.OrderBy(m => m.Start))
        {
            if (match.Start > at)
            {
                segments.Add(new CommentSegment(text[at..match.Start], null));
            }

            segments.Add(new CommentSegment(text.Substring(match.Start, match.Length), match.AthleteId));
            at = match.Start + match.Length;
        }

        if (at < text.Length)
        {
            segments.Add(new CommentSegment(text[at..], null));
        }

        return segments;
    }

    private static bool NameAt(string text, int start, string name)
    {
        var end = start + name.Length;
        return end <= text.Length
            && string.Compare(text, start, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
            && (end == text.Length || !IsWordChar(text[end]));
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
