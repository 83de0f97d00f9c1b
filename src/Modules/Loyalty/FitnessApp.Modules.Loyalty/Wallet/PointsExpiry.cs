namespace FitnessApp.Modules.Loyalty.Wallet;

/// <summary>Credits still unspent, with the day they expire.</summary>
internal readonly record struct PointsLot(DateTime EarnedAt, DateOnly ExpiresOn, int Points);

/// <summary>
/// First in, first out: every debit (spending, reversals, earlier expiries) and every point held by an active
/// reservation uses up the oldest credits first; what is left of each credit expires <see cref="WalletOptions.ExpireAfter"/>
/// after it was earned.
/// </summary>
internal static class PointsExpiry
{
    /// <summary>The unspent part of each credit, oldest first.</summary>
    public static IReadOnlyList<PointsLot> Remaining(IEnumerable<(DateTime At, int Points)> entries, int held, TimeSpan expireAfter)
    {
        var list = entries.ToList();
        var toConsume = (long)held - list.Where(e => e.Points < 0).Sum(e => (long)e.Points);
        var lots = new List<PointsLot>();
        foreach (var (at, points) in list.Where(e => e.Points > 0).OrderBy(e => e.At))
        {
            var used = (int)Math.Min(points, toConsume);
            toConsume -= used;
            if (points - used > 0)
            {
                lots.Add(new PointsLot(at, DateOnly.FromDateTime(at.Add(expireAfter)), points - used));
            }
        }

        return lots;
    }

    /// <summary>The points whose expiry day is <paramref name="today"/> or earlier.</summary>
    public static int DueBy(IEnumerable<PointsLot> lots, DateOnly today) => lots.Where(l => l.ExpiresOn <= today).Sum(l => l.Points);

    /// <summary>The points expiring after <paramref name="after"/> up to <paramref name="until"/> (inclusive), per day.</summary>
    public static IReadOnlyList<(DateOnly On, int Points)> Upcoming(IEnumerable<PointsLot> lots, DateOnly after, DateOnly until) =>
        [.. lots.Where(l => l.ExpiresOn > after && l.ExpiresOn <= until)
            .GroupBy(l => l.ExpiresOn)
            .OrderBy(g => g.Key)
            .Select(g => (g.Key, g.Sum(l => l.Points)))];
}
