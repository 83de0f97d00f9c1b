namespace FitnessApp.Modules.Loyalty.Domain;

/// <summary>Why points moved. The earning reasons (and <see cref="Reversal"/>, which takes earned points back) count toward the level.</summary>
internal enum LedgerReason
{
    Activity,
    FirstActivityOfWeek,
    Streak,
    Challenge,
    Achievement,
    Referral,
    Purchase,

    /// <summary>An operator's correction, either way.</summary>
    Adjustment,

    /// <summary>Earned points taken back (a deleted or shortened activity, a refunded purchase).</summary>
    Reversal,

    /// <summary>Points spent on an order.</summary>
    Redemption,

    /// <summary>Spent points returned (a refunded order).</summary>
    Refund,

    Expiry,
}

internal static class LedgerReasons
{
    /// <summary>Whether an entry of this reason moves the lifetime points that levels are measured on.</summary>
    public static bool CountsTowardLevel(LedgerReason reason) =>
        reason is not (LedgerReason.Redemption or LedgerReason.Refund or LedgerReason.Expiry);
}
