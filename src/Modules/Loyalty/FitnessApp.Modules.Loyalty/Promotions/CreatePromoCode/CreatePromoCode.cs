using FitnessApp.Modules.Loyalty.Promotions.Admin;
using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Loyalty.Promotions.CreatePromoCode;

internal sealed record CreatePromoCode(
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
    bool? Active) : ICommand<PromoCodeResponse>, IPromoCodeFields;

internal sealed class CreatePromoCodeValidator : PromoCodeFieldsValidator<CreatePromoCode>;
