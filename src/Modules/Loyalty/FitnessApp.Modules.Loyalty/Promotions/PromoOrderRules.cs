using FluentValidation;

namespace FitnessApp.Modules.Loyalty.Promotions;

/// <summary>The input every check of a code against an order needs: a well-formed code, a positive amount, ISO currency and country.</summary>
internal static class PromoOrderRules
{
    public const decimal MaxOrderAmount = 1_000_000_000m;

    public static void AddOrderRules<T>(
        this AbstractValidator<T> validator,
        Func<T, string?> code,
        Func<T, decimal?> amount,
        Func<T, string?> currency,
        Func<T, string?> country)
    {
        validator.RuleFor(r => code(r)).NotEmpty()
            .Must(PromoFormats.IsCode).WithMessage("'code' must be 3 to 32 letters, digits or hyphens.")
            .OverridePropertyName("code");
        validator.RuleFor(r => amount(r)).NotNull().GreaterThan(0m).LessThanOrEqualTo(MaxOrderAmount)
            .OverridePropertyName("orderAmount");
        validator.RuleFor(r => currency(r)).NotEmpty()
            .Must(PromoFormats.IsCurrency).WithMessage("'currency' must be an ISO 4217 code, e.g. EUR.")
            .OverridePropertyName("currency");
        validator.RuleFor(r => country(r)).NotEmpty()
            .Must(PromoFormats.IsCountry).WithMessage("'country' must be an ISO 3166 alpha-2 code, e.g. DE.")
            .OverridePropertyName("country");
    }
}
