namespace FitnessApp.Modules.Accounts.Security.RateLimits;

/// <summary>An account's attempts are used up for now: 429 with <c>Retry-After</c> (API) or a message (portal).</summary>
internal sealed class TooManyAttemptsException(TimeSpan retryAfter)
    : Exception($"Too many attempts for this account. Try again in {Seconds(retryAfter)} seconds.")
{
    public TimeSpan RetryAfter { get; } = retryAfter;

    public int RetryAfterSeconds => Seconds(RetryAfter);

    private static int Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
}
