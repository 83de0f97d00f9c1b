using FitnessApp.Modules.Loyalty.Promotions.Admin;
using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Loyalty.Promotions.UpdatePromoCode;

/// <summary>Replaces the code's settings; its usage stays (a limit below the uses so far exhausts the code).</summary>
internal sealed record UpdatePromoCode(
    Guid Id,
    string? Code,
    string? Kind,
    int? Percent,
    decimal? Amount,
    string? Currency,
    DateTimeOffset? StartsAt,
    DateTimeOffset? EndsAt,
    int? TotalLimit,
    int? PerUserLimit,
    IReadOnlyList<string>? Countries,
    int? MinimumLevel,
    decimal? MinimumOrderAmount,
    bool? Active) : ICommand<PromoCodeResponse>, IPromoCodeFields
{
    public static UpdatePromoCode From(Guid id, IPromoCodeFields f) =>
        new(id, f.Code, f.Kind, f.Percent, f.Amount, f.Currency, f.StartsAt, f.EndsAt, f.TotalLimit, f.PerUserLimit, f.Countries,
            f.MinimumLevel, f.MinimumOrderAmount, f.Active);
}

internal sealed class UpdatePromoCodeValidator : PromoCodeFieldsValidator<UpdatePromoCode>;
