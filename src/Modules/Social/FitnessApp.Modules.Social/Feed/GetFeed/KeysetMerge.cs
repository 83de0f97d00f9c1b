namespace FitnessApp.Modules.Social.Feed.GetFeed;

/// <summary>
/// Merges two lists each sorted newest first by (time, id) into one such list, an id present in both kept once. The id
/// order is <see cref="Guid.CompareTo(Guid)"/>, which is the databases' order too (PostgreSQL's uuid, SQLite's text Guids).
/// </summary>
internal static class KeysetMerge
{
    public static List<T> Merge<T>(IReadOnlyList<T> first, IReadOnlyList<T> second, Func<T, (DateTime At, Guid Id)> key, int take)
    {
        var merged = new List<T>(Math.Min(take, first.Count + second.Count));
        var seen = new HashSet<Guid>();
        int i = 0, j = 0;
        while (merged.Count < take && (i < first.Count || j < second.Count))
        {
            T next;
            if (j >= second.Count || (i < first.Count && Compare(key(first[i]), key(second[j])) >= 0))
            {
                next = first[i++];
            }
            else
            {
                next = second[j++];
            }

            if (seen.Add(key(next).Id))
            {
                merged.Add(next);
            }
        }

        return merged;
    }

    /// <summary>Positive when <paramref name="a"/> comes first (is newer).</summary>
    public static int Compare((DateTime At, Guid Id) a, (DateTime At, Guid Id) b)
    {
        var byTime = a.At.CompareTo(b.At);
        return byTime != 0 ? byTime : a.Id.CompareTo(b.Id);
    }
}
