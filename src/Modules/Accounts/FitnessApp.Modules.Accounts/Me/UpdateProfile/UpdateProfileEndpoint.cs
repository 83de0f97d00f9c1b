using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Accounts.Me.UpdateProfile;

internal static class UpdateProfileEndpoint
{
    /// <summary>The whole profile: a field left out is cleared.</summary>
    public sealed record Body(
        string? DisplayName,
        string? Bio,
        string? City,
        string? Country,
        DateOnly? BirthDate,
        string? Sex,
        double? HeightCm,
        double? WeightKg,
        int? MaxHeartRate,
        int? RestingHeartRate,
        IReadOnlyList<string?>? PreferredSports);

    public static void MapUpdateProfile(this IEndpointRouteBuilder group) =>
        group.MapPut("/me", Handle)
            .RequireAuthorization()
            .WithName("UpdateMyProfile")
            .WithSummary("Replace the signed-in athlete's display name and profile (fields left out are cleared)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<Ok<MeResponse>> Handle(Body body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(
            new UpdateProfile(
                principal.GetUserId(),
                body.DisplayName,
                body.Bio,
                body.City,
                body.Country,
                body.BirthDate,
                body.Sex,
                body.HeightCm,
                body.WeightKg,
                body.MaxHeartRate,
                body.RestingHeartRate,
                body.PreferredSports),
            cancellationToken));
}
