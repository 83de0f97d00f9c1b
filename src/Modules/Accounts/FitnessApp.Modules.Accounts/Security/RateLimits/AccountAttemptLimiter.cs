using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Accounts.Security.RateLimits;

/// <summary>
/// Per-account limits, counted in the use case (the account is in the body, which the HTTP rate limiter does
/// not read), so the API and the portal share them. Kept in memory per host, like the per-IP limiter.
/// </summary>
internal sealed class AccountAttemptLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;
    private readonly TimeSpan _window;

    public AccountAttemptLimiter(IOptions<AccountRateLimitOptions> options)
    {
        var settings = options.Value;
        _window = TimeSpan.FromSeconds(settings.WindowSeconds);
        var signInPrefix = RateLimitPartitionKeys.ForAccount(AccountAction.SignIn, null);
        _limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, partition =>
            new FixedWindowRateLimiterOptions
            {
                PermitLimit = partition.StartsWith(signInPrefix, StringComparison.Ordinal) ? settings.SignInFailureLimit : settings.PermitLimit,
                Window = _window,
                QueueLimit = 0,
            }));
    }

    /// <summary>Counts one attempt, or throws when the account has none left.</summary>
    public void Take(AccountAction action, string? account) => Acquire(action, account, 1);

    /// <summary>Throws when the account has no attempt left, without counting one.</summary>
    public void EnsureAvailable(AccountAction action, string? account) => Acquire(action, account, 0);

    public void Dispose() => _limiter.Dispose();

    private void Acquire(AccountAction action, string? account, int permits)
    {
        using var lease = _limiter.AttemptAcquire(RateLimitPartitionKeys.ForAccount(action, account), permits);
        if (!lease.IsAcquired)
        {
            throw new TooManyAttemptsException(lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : _window);
        }
    }
}
