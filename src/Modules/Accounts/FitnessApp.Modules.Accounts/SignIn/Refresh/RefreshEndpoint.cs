using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Security;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Accounts.SignIn.Refresh;

/// <summary>Trades a valid refresh token for a new token pair; a changed security stamp (password change) invalidates it.</summary>
internal static class RefreshEndpoint
{
    public sealed record Body(string? RefreshToken);

    public static void MapRefresh(this IEndpointRouteBuilder group) =>
        group.MapPost("/refresh", Handle)
            .AllowAnonymous()
            .RequireRateLimiting(PlatformPolicies.AuthRateLimit)
            .WithName("RefreshToken")
            .WithSummary("Exchange a refresh token for a new access and refresh token")
            .Produces<AccessTokenResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<SignInHttpResult> Handle(
        Body body,
        SignInManager<User> signInManager,
        IOptionsMonitor<BearerTokenOptions> bearerOptions,
        TimeProvider clock)
    {
        if (string.IsNullOrWhiteSpace(body.RefreshToken))
        {
            throw FieldErrors.For("refreshToken", "'refreshToken' must not be empty.");
        }

        var protector = bearerOptions.Get(IdentityConstants.BearerScheme).RefreshTokenProtector;
        var ticket = protector.Unprotect(body.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
            || await signInManager.ValidateSecurityStampAsync(ticket.Principal) is not { } user)
        {
            throw new UnauthorizedException("The refresh token is not valid or has expired. Sign in again.");
        }

        var principal = await signInManager.CreateUserPrincipalAsync(user);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }
}
