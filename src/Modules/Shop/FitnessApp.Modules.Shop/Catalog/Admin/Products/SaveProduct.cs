using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Shop.Catalog.GetProduct;
using FitnessApp.Modules.Shop.Domain;
using FitnessApp.Modules.Training.Contracts.Activities;
using FluentValidation;

namespace FitnessApp.Modules.Shop.Catalog.Admin.Products;

/// <summary>Operators: creates a product (no id) or replaces its texts, brand, category, sports, attributes and status.</summary>
internal sealed record SaveProduct(Guid? Id, ProductBody Body) : ICommand<ProductDetails>;

internal sealed record ProductBody(
    string? Slug,
    string? NameEn,
    string? NameRu,
    string? DescriptionEn,
    string? DescriptionRu,
    string? Brand,
    Guid? CategoryId,
    IReadOnlyList<string>? Sports,
    IReadOnlyDictionary<string, string>? Attributes,
    string? Status);

internal sealed class SaveProductValidator : AbstractValidator<SaveProduct>
{
    public const int MaxAttributes = 40;
    public const int AttributeMaxLength = 200;

    public SaveProductValidator()
    {
        RuleFor(c => c.Body).NotNull().WithName("body");
        When(c => c.Body is not null, () =>
        {
            RuleFor(c => c.Body.Slug).Must(CatalogSlugs.IsValid).WithName("slug").WithMessage($"'slug' {CatalogSlugs.Message}")
                .MaximumLength(Product.SlugMaxLength).OverridePropertyName("slug");
            RuleFor(c => c.Body.NameEn).Must(Present).WithMessage("'nameEn' is required.").MaximumLength(Product.NameMaxLength).OverridePropertyName("nameEn");
            RuleFor(c => c.Body.NameRu).Must(Present).WithMessage("'nameRu' is required.").MaximumLength(Product.NameMaxLength).OverridePropertyName("nameRu");
            RuleFor(c => c.Body.DescriptionEn).MaximumLength(Product.DescriptionMaxLength).OverridePropertyName("descriptionEn");
            RuleFor(c => c.Body.DescriptionRu).MaximumLength(Product.DescriptionMaxLength).OverridePropertyName("descriptionRu");
            RuleFor(c => c.Body.Brand).Must(Present).WithMessage("'brand' is required.").MaximumLength(Product.BrandMaxLength).OverridePropertyName("brand");
            RuleFor(c => c.Body.CategoryId).NotNull().WithMessage("'categoryId' is required.").OverridePropertyName("categoryId");
            RuleFor(c => c.Body.Status).Must(s => s is null || WireNames.IsValid<ProductStatus>(s))
                .WithMessage($"'status' must be one of: {WireNames.Names<ProductStatus>()}.").OverridePropertyName("status");
            RuleFor(c => c.Body.Sports).Must(s => s is null || s.All(WireNames.IsValid<Sport>))
                .WithMessage($"'sports' may hold only: {WireNames.Names<Sport>()}.").OverridePropertyName("sports");
            RuleFor(c => c.Body.Attributes)
                .Must(a => a is null || (a.Count <= MaxAttributes && a.All(p => Present(p.Key) && p.Key.Length <= 60 && p.Value is not null && p.Value.Length <= AttributeMaxLength)))
                .WithMessage($"'attributes' must hold at most {MaxAttributes} named texts of up to {AttributeMaxLength} characters.")
                .OverridePropertyName("attributes");
        });
    }

    private static bool Present(string? text) => !string.IsNullOrWhiteSpace(text);
}
