using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Shared.Idempotency;
using FitnessApp.Modules.Accounts.Security.RateLimits;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Accounts.Registration.RegisterUser;

internal static class RegisterUserEndpoint
{
    /// <param name="AcceptedTermsVersion">Required: the version GET /terms answers, once the person accepted the terms and privacy policy.</param>
    /// <param name="HealthDataConsent">Optional, false unless sent: the consent to store heart rate, weight and sleep.</param>
    public sealed record Body(string? Email, string? Password, string? DisplayName, string? AcceptedTermsVersion, bool? HealthDataConsent);

    public static void MapRegisterUser(this IEndpointRouteBuilder group) =>
        group.MapPost("/register", Handle)
            .AllowAnonymous()
            .WithAuthRateLimits()
            .WithIdempotency<AccountsDbContext>()
            .WithName("RegisterUser")
            .WithSummary("Create an athlete account and mail a confirmation link; an address that already has an account gets the same 201 (its owner is told by mail)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Created<RegisteredUser>> Handle(Body body, IMediator mediator, CancellationToken cancellationToken)
    {
        var user = await mediator.Send(new RegisterUser(
            body.Email ?? string.Empty,
            body.Password ?? string.Empty,
            body.DisplayName ?? string.Empty,
            body.AcceptedTermsVersion,
            body.HealthDataConsent ?? false), cancellationToken);
        return TypedResults.Created("/api/v1/accounts/me", user);
    }
}
