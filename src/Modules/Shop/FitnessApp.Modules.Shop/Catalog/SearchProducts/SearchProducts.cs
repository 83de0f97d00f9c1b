using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Shop.Catalog.Search;
using FitnessApp.Modules.Training.Contracts.Activities;
using FluentValidation;

namespace FitnessApp.Modules.Shop.Catalog.SearchProducts;

/// <summary>
/// Active products matching a text (names en + ru, brand, descriptions), a category and everything below it, a sport, a
/// price range and a minimum rating, in one of the sorts, in keyset pages. Values arrive as the query string has them.
/// </summary>
internal sealed record SearchProducts(
    string? Query = null,
    string? Category = null,
    string? Sport = null,
    string? MinPrice = null,
    string? MaxPrice = null,
    string? MinRating = null,
    string? Sort = null,
    string? Cursor = null,
    string? Limit = null,
    bool IncludeAll = false) : IQuery<Page<ProductCard>>;

internal sealed class SearchProductsValidator : AbstractValidator<SearchProducts>
{
    public SearchProductsValidator()
    {
        RuleFor(r => r.Query).MaximumLength(CatalogParameters.MaxQueryLength);
        RuleFor(r => r.Sport).Must(s => CatalogParameters.TrySport(s, out _))
            .WithMessage($"'sport' must be one of: {WireNames.Names<Sport>()}.");
        RuleFor(r => r.Sort).Must(s => CatalogParameters.TrySort(s, out _))
            .WithMessage($"'sort' must be one of: {WireNames.Names<CatalogSort>()}.");
        RuleFor(r => r.MinPrice).Must(p => CatalogParameters.TryAmount(p, out _))
            .WithMessage("'minPrice' must be an amount with at most two decimal places.");
        RuleFor(r => r.MaxPrice).Must(p => CatalogParameters.TryAmount(p, out _))
            .WithMessage("'maxPrice' must be an amount with at most two decimal places.");
        RuleFor(r => r.MinRating).Must(r => CatalogParameters.TryRating(r, out _))
            .WithMessage("'minRating' must be a number from 0 to 5.");
        RuleFor(r => r.Limit).Must(l => CatalogParameters.TryLimit(l, out _))
            .WithMessage($"'limit' must be a whole number from 1 to {CatalogParameters.MaxLimit}.");
        RuleFor(r => r.Cursor).Must((r, c) => CatalogParameters.IsCursorFor(c, r.Sort))
            .WithMessage("'cursor' is not a cursor this list gave for this sort.");
        RuleFor(r => r.MinPrice)
            .Must((r, _) => !(CatalogParameters.TryAmount(r.MinPrice, out var min) && CatalogParameters.TryAmount(r.MaxPrice, out var max)
                && min is { } low && max is { } high && low > high))
            .WithMessage("'minPrice' must not be above 'maxPrice'.");
    }
}
