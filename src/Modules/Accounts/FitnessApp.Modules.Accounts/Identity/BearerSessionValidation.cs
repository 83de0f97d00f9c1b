using System.Security.Claims;
using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Accounts.Domain;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Accounts.Identity;

/// <summary>
/// Ties a bearer access token to the session it came from: the token's security stamp must still be the
/// account's, so a lock, an erasure, a password or email change and sign-out-everywhere end every access
/// token at once instead of at its expiry. The bearer handler has no validate-principal event, so the check
/// runs in <c>OnMessageReceived</c> and fails the authentication there.
/// </summary>
internal static class BearerSessionValidation
{
    public static void Configure(BearerTokenOptions options) =>
        options.Events.OnMessageReceived = async context =>
        {
            var token = BearerTokenOf(context.Request.Headers.Authorization.ToString());
            if (token is null || context.Options.BearerTokenProtector.Unprotect(token) is not { } ticket)
            {
                return;
            }

            var stamps = context.HttpContext.RequestServices.GetRequiredService<SecurityStampCache>();
            if (!await stamps.IsCurrentAsync(ticket.Principal, context.HttpContext.RequestServices))
            {
                context.Fail("The session of this access token has ended.");
            }
        };

    private static string? BearerTokenOf(string authorization) =>
        authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && authorization.Length > 7
            ? authorization[7..].Trim()
            : null;
}

/// <summary>
/// The current security stamp per account, remembered for <c>Accounts:BearerStampCacheDuration</c> (30 s by
/// default) so that bearer requests do not read the account row each time. This node forgets an account's
/// stamp the moment it changes (<see cref="StampAwareUserStore"/>); other nodes notice within the duration.
/// </summary>
internal sealed class SecurityStampCache(IMemoryCache cache, IOptionsMonitor<AccountsOptions> options)
{
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, IServiceProvider services)
    {
        var identity = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var stamp = principal.FindFirstValue(identity.SecurityStampClaimType);
        if (string.IsNullOrEmpty(stamp) || !Guid.TryParse(principal.FindFirstValue(identity.UserIdClaimType), out var userId))
        {
            return false;
        }

        var current = await cache.GetOrCreateAsync(Key(userId), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = options.CurrentValue.BearerStampCacheDuration;
            var users = services.GetRequiredService<UserManager<User>>();
            return await users.FindByIdAsync(userId.ToString()) is { } user ? await users.GetSecurityStampAsync(user) : null;
        });
        return string.Equals(current, stamp, StringComparison.Ordinal);
    }

    public void Forget(Guid userId) => cache.Remove(Key(userId));

    private static string Key(Guid userId) => $"accounts:security-stamp:{userId:N}";
}

/// <summary>Identity's EF store, which also makes this node forget a stamp the moment it is replaced.</summary>
internal sealed class StampAwareUserStore(AccountsDbContext context, SecurityStampCache stamps, IdentityErrorDescriber? describer = null)
    : UserStore<User, Role, AccountsDbContext, Guid>(context, describer)
{
    public override async Task SetSecurityStampAsync(User user, string stamp, CancellationToken cancellationToken = default)
    {
        await base.SetSecurityStampAsync(user, stamp, cancellationToken);
        stamps.Forget(user.Id);
    }
}
