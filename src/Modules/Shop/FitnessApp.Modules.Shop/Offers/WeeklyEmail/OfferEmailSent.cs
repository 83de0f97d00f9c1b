namespace FitnessApp.Modules.Shop.Offers.WeeklyEmail;

/// <summary>
/// The weekly offers email went (or was handed to Accounts) for this athlete in the ISO week starting
/// <see cref="WeekStart"/> (Monday 00:00 UTC): a rerun of the job in the same week skips them.
/// </summary>
internal sealed class OfferEmailSent
{
    public Guid UserId { get; init; }

    public DateTime WeekStart { get; init; }

    public DateTime SentAt { get; init; }

    /// <summary>Monday 00:00 UTC of the ISO week <paramref name="now"/> is in.</summary>
    public static DateTime WeekOf(DateTime now)
    {
        var day = now.Date;
        return DateTime.SpecifyKind(day.AddDays(-(((int)day.DayOfWeek + 6) % 7)), DateTimeKind.Utc);
    }
}
