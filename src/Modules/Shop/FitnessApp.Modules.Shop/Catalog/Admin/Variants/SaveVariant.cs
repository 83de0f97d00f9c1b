using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shop.Catalog.GetProduct;
using FitnessApp.Modules.Shop.Domain;
using FluentValidation;

namespace FitnessApp.Modules.Shop.Catalog.Admin.Variants;

/// <summary>
/// Operators: adds a variant to a product (<paramref name="ProductId"/>) or changes one (<paramref name="SkuId"/>): code,
/// size, colour, price, active. Stock is set apart (audited). The product's lowest price follows.
/// </summary>
internal sealed record SaveVariant(Guid? ProductId, Guid? SkuId, VariantBody Body) : ICommand<VariantResponse>;

internal sealed record VariantBody(string? Code, string? Size, string? Colour, decimal? Price, bool? Active, int? Position);

internal sealed class SaveVariantValidator : AbstractValidator<SaveVariant>
{
    public SaveVariantValidator()
    {
        RuleFor(c => c.Body).NotNull().WithName("body");
        When(c => c.Body is not null, () =>
        {
            RuleFor(c => c.Body.Code).Must(c => !string.IsNullOrWhiteSpace(c)).WithMessage("'code' is required.")
                .MaximumLength(Sku.CodeMaxLength).OverridePropertyName("code");
            RuleFor(c => c.Body.Size).MaximumLength(Sku.OptionMaxLength).OverridePropertyName("size");
            RuleFor(c => c.Body.Colour).MaximumLength(Sku.OptionMaxLength).OverridePropertyName("colour");
            RuleFor(c => c.Body.Price).NotNull().WithMessage("'price' is required.")
                .Must(p => p is null || (p >= 0.01m && Money.ToMinor(p.Value) is not null))
                .WithMessage("'price' must be at least 0.01 with at most two decimal places.")
                .OverridePropertyName("price");
            RuleFor(c => c.Body.Position).InclusiveBetween(0, 10_000).OverridePropertyName("position");
        });
    }
}
