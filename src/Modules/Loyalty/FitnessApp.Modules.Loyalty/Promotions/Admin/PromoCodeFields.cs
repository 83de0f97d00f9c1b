using FitnessApp.Modules.Loyalty.Promotions.Domain;
using FitnessApp.Modules.Shared.Web;

namespace FitnessApp.Modules.Loyalty.Promotions.Admin;

internal static class PromoCodeFields
{
    /// <summary>Copies validated fields onto the code (never its usage counter).</summary>
    public static void ApplyTo(this IPromoCodeFields fields, PromoCode code, DateTime now)
    {
        code.Code = PromoFormats.Normalize(fields.Code!);
        code.Kind = WireNames.Parse<PromoKind>(fields.Kind!);
        code.Percent = code.Kind == PromoKind.Percentage ? fields.Percent : null;
        code.Amount = code.Kind == PromoKind.FixedAmount ? fields.Amount : null;
        code.Currency = string.IsNullOrWhiteSpace(fields.Currency) ? null : PromoFormats.Normalize(fields.Currency);
        code.StartsAt = fields.StartsAt!.Value.UtcDateTime;
        code.EndsAt = fields.EndsAt!.Value.UtcDateTime;
        code.TotalLimit = fields.TotalLimit;
        code.PerUserLimit = fields.PerUserLimit;
        code.Countries = string.Join(',', (fields.Countries ?? []).Select(PromoFormats.Normalize).Distinct().Order(StringComparer.Ordinal));
        code.MinimumLevel = fields.MinimumLevel ?? 1;
        code.MinimumOrderAmount = fields.MinimumOrderAmount;
        code.Active = fields.Active ?? true;
        code.UpdatedAt = now;
    }
}
