using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shop.Catalog.ListCategories;
using FitnessApp.Modules.Shop.Domain;
using FluentValidation;

namespace FitnessApp.Modules.Shop.Catalog.Admin.Categories;

/// <summary>Operators: creates a category (no id) or changes one; a parent may not be the category itself or below it.</summary>
internal sealed record SaveCategory(Guid? Id, Guid? ParentId, string? Slug, string? NameEn, string? NameRu, int? Position) : ICommand<CategoryNode>;

/// <summary>The request body of create and update.</summary>
internal sealed record CategoryBody(Guid? ParentId, string? Slug, string? NameEn, string? NameRu, int? Position);

internal sealed class SaveCategoryValidator : AbstractValidator<SaveCategory>
{
    public SaveCategoryValidator()
    {
        RuleFor(c => c.Slug).Must(CatalogSlugs.IsValid).WithMessage($"'slug' {CatalogSlugs.Message}").MaximumLength(Category.SlugMaxLength);
        RuleFor(c => c.NameEn).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("'nameEn' is required.").MaximumLength(Category.NameMaxLength);
        RuleFor(c => c.NameRu).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("'nameRu' is required.").MaximumLength(Category.NameMaxLength);
        RuleFor(c => c.Position).InclusiveBetween(0, 10_000);
    }
}
