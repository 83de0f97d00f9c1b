using System.Security.Claims;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Accounts.Me.UpdateSettings;

internal static class UpdateSettingsEndpoint
{
    /// <param name="EmailNotifications">Optional: <c>{ supportReplies: true, newFollowers: false, ... }</c>; kinds left out keep their value.</param>
    public sealed record Body(
        string? Units,
        string? Language,
        string? TimeZone,
        string? DefaultActivityVisibility,
        string? ProfileVisibility,
        Dictionary<string, bool?>? EmailNotifications);

    public static void MapUpdateSettings(this IEndpointRouteBuilder group) =>
        group.MapPut("/me/settings", Handle)
            .RequireAuthorization()
            .WithName("UpdateMySettings")
            .WithSummary("Replace the signed-in athlete's settings: units, language, time zone, default activity and profile visibility, email notifications per kind")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<Ok<MeResponse>> Handle(Body body, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(
            new UpdateSettings(principal.GetUserId(), body.Units, body.Language, body.TimeZone, body.DefaultActivityVisibility, body.ProfileVisibility, body.EmailNotifications),
            cancellationToken));
}
