using FitnessApp.Modules.Loyalty.Promotions.Domain;
using FitnessApp.Modules.Shared.Web;
using FluentValidation;

namespace FitnessApp.Modules.Loyalty.Promotions.Admin;

internal abstract class PromoCodeFieldsValidator<T> : AbstractValidator<T>
    where T : IPromoCodeFields
{
    public const int MaxLimit = 100_000_000;
    public const int MaxLevel = 1000;
    public const int MaxCountries = 250;
    public const decimal MaxAmount = 1_000_000_000m;

    protected PromoCodeFieldsValidator()
    {
        RuleFor(r => r.Code).NotEmpty()
            .Must(PromoFormats.IsCode).WithMessage("'code' must be 3 to 32 letters, digits or hyphens.");
        RuleFor(r => r.Kind).NotEmpty().Must(WireNames.IsValid<PromoKind>)
            .WithMessage($"'kind' must be one of: {WireNames.Names<PromoKind>()}.");
        When(r => IsKind(r, PromoKind.Percentage), () =>
        {
            RuleFor(r => r.Percent).NotNull().InclusiveBetween(1, 100);
            RuleFor(r => r.Amount).Null().WithMessage("'amount' applies to fixedAmount codes only.");
        });
        When(r => IsKind(r, PromoKind.FixedAmount), () =>
        {
            RuleFor(r => r.Amount).NotNull().GreaterThan(0m).LessThanOrEqualTo(MaxAmount).PrecisionScale(PromoCode.AmountPrecision, PromoCode.AmountScale, true);
            RuleFor(r => r.Percent).Null().WithMessage("'percent' applies to percentage codes only.");
            RuleFor(r => r.Currency).NotEmpty().WithMessage("'currency' is required for a fixedAmount code.");
        });
        RuleFor(r => r.Currency).NotEmpty().When(r => r.MinimumOrderAmount is not null)
            .WithMessage("'currency' is required with a 'minimumOrderAmount'.");
        RuleFor(r => r.Currency).Must(PromoFormats.IsCurrency).When(r => !string.IsNullOrEmpty(r.Currency))
            .WithMessage("'currency' must be an ISO 4217 code, e.g. EUR.");
        RuleFor(r => r.StartsAt).NotNull();
        RuleFor(r => r.EndsAt).NotNull()
            .Must((r, end) => end is null || r.StartsAt is null || end > r.StartsAt)
            .WithMessage("'endsAt' must be after 'startsAt'.");
        RuleFor(r => r.TotalLimit).InclusiveBetween(1, MaxLimit);
        RuleFor(r => r.PerUserLimit).InclusiveBetween(1, MaxLimit);
        RuleFor(r => r.Countries).Must(c => c is null || c.Count <= MaxCountries)
            .WithMessage($"'countries' may hold at most {MaxCountries} countries.");
        RuleForEach(r => r.Countries).Must(PromoFormats.IsCountry)
            .WithMessage("'countries' must hold ISO 3166 alpha-2 codes, e.g. DE.");
        RuleFor(r => r.MinimumLevel).InclusiveBetween(1, MaxLevel);
        RuleFor(r => r.MinimumOrderAmount).GreaterThanOrEqualTo(0m).LessThanOrEqualTo(MaxAmount)
            .PrecisionScale(PromoCode.AmountPrecision, PromoCode.AmountScale, true);
    }

    private static bool IsKind(T fields, PromoKind kind) =>
        WireNames.TryParse<PromoKind>(fields.Kind, out var parsed) && parsed == kind;
}
