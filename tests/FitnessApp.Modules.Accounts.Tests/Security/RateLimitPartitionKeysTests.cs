using System.Net;
using FitnessApp.Modules.Accounts.Security.RateLimits;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Accounts.Tests.Security;

public sealed class RateLimitPartitionKeysTests
{
    [Theory]
    [InlineData("203.0.113.7", "ip:203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "ip:203.0.113.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "ip:2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "ip:2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:3::1", "ip:2001:db8:1:3::/64")]
    public void Given_a_client_address_Then_its_key_is_the_address_or_its_ipv6_network(string address, string key)
    {
        RateLimitPartitionKeys.ForClient(IPAddress.Parse(address)).ShouldBe(key);
    }

    [Fact]
    public void Given_no_address_Then_the_key_is_unknown()
    {
        RateLimitPartitionKeys.ForClient(null).ShouldBe("ip:unknown");
    }

    [Fact]
    public void Given_one_account_typed_differently_Then_the_key_is_the_same_per_action()
    {
        var key = RateLimitPartitionKeys.ForAccount(AccountAction.PasswordReset, "Runner@Example.com");

        RateLimitPartitionKeys.ForAccount(AccountAction.PasswordReset, "  runner@example.COM ").ShouldBe(key);
        key.ShouldBe("passwordReset:RUNNER@EXAMPLE.COM");
        RateLimitPartitionKeys.ForAccount(AccountAction.SignIn, "runner@example.com").ShouldNotBe(key);
    }

    [Fact]
    public void Given_an_account_limit_of_two_When_a_third_attempt_comes_Then_it_is_refused_with_a_retry_after_and_other_accounts_are_not()
    {
        using var limiter = new AccountAttemptLimiter(Options.Create(new AccountRateLimitOptions { PermitLimit = 2, SignInFailureLimit = 3, WindowSeconds = 600 }));
        limiter.Take(AccountAction.Register, "a@example.com");
        limiter.Take(AccountAction.Register, "A@example.com");

        var refused = Should.Throw<TooManyAttemptsException>(() => limiter.Take(AccountAction.Register, "a@example.com"));

        refused.RetryAfterSeconds.ShouldBeInRange(1, 600);
        Should.NotThrow(() => limiter.Take(AccountAction.Register, "b@example.com"));
        Should.NotThrow(() => limiter.Take(AccountAction.SignIn, "a@example.com"));
    }

    [Fact]
    public void Given_sign_in_failures_When_checking_before_an_attempt_Then_a_check_does_not_use_a_permit()
    {
        using var limiter = new AccountAttemptLimiter(Options.Create(new AccountRateLimitOptions { PermitLimit = 1, SignInFailureLimit = 2, WindowSeconds = 600 }));
        for (var check = 0; check < 5; check++)
        {
            limiter.EnsureAvailable(AccountAction.SignIn, "a@example.com");
        }

        limiter.Take(AccountAction.SignIn, "a@example.com");
        limiter.Take(AccountAction.SignIn, "a@example.com");

        Should.Throw<TooManyAttemptsException>(() => limiter.EnsureAvailable(AccountAction.SignIn, "a@example.com"));
    }
}
