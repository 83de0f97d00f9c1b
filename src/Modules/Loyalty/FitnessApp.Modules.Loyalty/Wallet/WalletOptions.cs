using Microsoft.Extensions.Configuration;

namespace FitnessApp.Modules.Loyalty.Wallet;

/// <param name="ExpireAfter">How long earned points last (<c>Loyalty:Points:ExpireAfter</c>, default 365 days).</param>
internal sealed record WalletOptions(TimeSpan ExpireAfter)
{
    public static readonly TimeSpan DefaultExpireAfter = TimeSpan.FromDays(365);

    /// <summary>How far ahead the balance shows points about to expire.</summary>
    public static readonly TimeSpan ExpiringWindow = TimeSpan.FromDays(30);

    /// <summary>How long before their expiry athletes are told.</summary>
    public const int NoticeDays = 7;

    public static WalletOptions From(IConfiguration configuration)
    {
        var expireAfter = configuration.GetValue<TimeSpan?>("Loyalty:Points:ExpireAfter") ?? DefaultExpireAfter;
        return new WalletOptions(expireAfter > TimeSpan.Zero ? expireAfter : DefaultExpireAfter);
    }
}
