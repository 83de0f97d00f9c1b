using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shop.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Shop.Catalog.PartnerImports.ListFeedCategories;

/// <summary>The categories a feed may default to (the imports page's picker), by slug.</summary>
internal sealed record ListFeedCategories : IQuery<IReadOnlyList<FeedCategory>>;

internal sealed record FeedCategory(Guid Id, string Slug, string NameEn, string NameRu);

internal sealed class ListFeedCategoriesHandler(ShopDbContext db) : IRequestHandler<ListFeedCategories, IReadOnlyList<FeedCategory>>
{
    public const int Max = 1000;

    public async Task<IReadOnlyList<FeedCategory>> Handle(ListFeedCategories request, CancellationToken cancellationToken) =>
        await db.Categories.AsNoTracking().OrderBy(c => c.Slug).Take(Max)
            .Select(c => new FeedCategory(c.Id, c.Slug, c.NameEn, c.NameRu)).ToListAsync(cancellationToken);
}
