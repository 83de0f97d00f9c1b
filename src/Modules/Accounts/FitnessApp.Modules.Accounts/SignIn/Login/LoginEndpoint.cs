using FitnessApp.Modules.Accounts.Security.RateLimits;
using FitnessApp.Modules.Shared.Errors;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Accounts.SignIn.Login;

/// <summary>
/// Signs a mobile client in with Identity bearer tokens: the bearer handler writes
/// <c>{tokenType, accessToken, expiresIn, refreshToken}</c>. Wrong email, wrong password and a locked
/// account all get the same 401, so the answer never tells whether an account exists.
/// </summary>
internal static class LoginEndpoint
{
    public sealed record Body(string? Email, string? Password);

    public static void MapLogin(this IEndpointRouteBuilder group) =>
        group.MapPost("/login", Handle)
            .AllowAnonymous()
            .WithAuthRateLimits()
            .WithName("Login")
            .WithSummary("Sign in with email and password; returns an access and a refresh token")
            .Produces<AccessTokenResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<EmptyHttpResult> Handle(Body body, PasswordSignIn signIn, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(body.Email) || string.IsNullOrEmpty(body.Password))
        {
            throw new FluentValidation.ValidationException(
                new[] { ("email", body.Email), ("password", body.Password) }
                    .Where(field => string.IsNullOrWhiteSpace(field.Item2))
                    .Select(field => new FluentValidation.Results.ValidationFailure(field.Item1, $"'{field.Item1}' must not be empty.")));
        }

        var result = await signIn.SignInAsync(body.Email, body.Password, isPersistent: false, IdentityConstants.BearerScheme, cancellationToken);
        if (!result.Succeeded)
        {
            throw new UnauthorizedException("The email or password is not correct, or the account is temporarily locked after repeated failures.");
        }

        return TypedResults.Empty;
    }
}
