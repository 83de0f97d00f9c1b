namespace FitnessApp.Modules.Accounts.Admin;

/// <summary>An account's lockout state as operators see it.</summary>
/// <param name="LockedOut">Locked now (by an operator, or after repeated sign-in failures).</param>
/// <param name="LockoutEnd">Until when, UTC; <see cref="Indefinitely"/> for a lock without end.</param>
internal sealed record AdminLockout(bool LockedOut, DateTimeOffset? LockoutEnd, bool Indefinite, int FailedCount)
{
    /// <summary>Stored for a lock without end: far enough, and representable on every provider.</summary>
    public static readonly DateTimeOffset Indefinitely = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    public static AdminLockout Of(DateTimeOffset? end, int failedCount, DateTimeOffset now) =>
        end is { } until && until > now
            ? new AdminLockout(true, until, until >= Indefinitely, failedCount)
            : new AdminLockout(false, null, false, failedCount);
}
