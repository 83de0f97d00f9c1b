using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Earning.Rules.UpdateSettings;

/// <summary>Operators: the caps, the manual factor and the bonuses.</summary>
internal sealed record UpdateSettings(
    int DailyCap, int WeeklyCap, double ManualFactor, int FirstActivityOfWeekBonus, int StreakDays, int StreakBonus, int ReferralBonus)
    : ICommand<SettingsResponse>
{
    public const int MaxPoints = 1_000_000;
    public const int MaxStreakDays = 365;
}

internal sealed class UpdateSettingsValidator : AbstractValidator<UpdateSettings>
{
    public UpdateSettingsValidator()
    {
        RuleFor(c => c.DailyCap).InclusiveBetween(0, UpdateSettings.MaxPoints);
        RuleFor(c => c.WeeklyCap).InclusiveBetween(0, UpdateSettings.MaxPoints);
        RuleFor(c => c.ManualFactor).InclusiveBetween(0, 1);
        RuleFor(c => c.FirstActivityOfWeekBonus).InclusiveBetween(0, UpdateSettings.MaxPoints);
        RuleFor(c => c.StreakDays).InclusiveBetween(2, UpdateSettings.MaxStreakDays);
        RuleFor(c => c.StreakBonus).InclusiveBetween(0, UpdateSettings.MaxPoints);
        RuleFor(c => c.ReferralBonus).InclusiveBetween(0, UpdateSettings.MaxPoints);
    }
}

internal sealed class UpdateSettingsHandler(LoyaltyDbContext db, TimeProvider clock) : IRequestHandler<UpdateSettings, SettingsResponse>
{
    public async Task<SettingsResponse> Handle(UpdateSettings request, CancellationToken cancellationToken)
    {
        var settings = await db.EarningSettings.FirstOrDefaultAsync(cancellationToken) ?? db.EarningSettings.Add(new EarningSettings()).Entity;
        settings.DailyCap = request.DailyCap;
        settings.WeeklyCap = request.WeeklyCap;
        settings.ManualFactor = request.ManualFactor;
        settings.FirstActivityOfWeekBonus = request.FirstActivityOfWeekBonus;
        settings.StreakDays = request.StreakDays;
        settings.StreakBonus = request.StreakBonus;
        settings.ReferralBonus = request.ReferralBonus;
        settings.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        return RuleResponses.Of(settings);
    }
}

internal static class UpdateSettingsEndpoint
{
    public static void MapUpdateSettings(this IEndpointRouteBuilder group) =>
        group.MapPut(EarningRoutes.Settings, Handle)
            .WithName("UpdateLoyaltyEarningSettings")
            .WithSummary("Operators: daily and weekly caps on activity points, the factor for typed-in activities (0 to 1) and the bonuses")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

    private static async Task<Ok<SettingsResponse>> Handle(UpdateSettings body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(body, cancellationToken));
}
