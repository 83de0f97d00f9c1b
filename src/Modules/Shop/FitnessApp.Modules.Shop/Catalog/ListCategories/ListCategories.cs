using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Shop.Catalog.ListCategories;

/// <summary>The catalog tree: root categories with their children, in their order.</summary>
internal sealed record ListCategories : IQuery<IReadOnlyList<CategoryNode>>;

internal sealed record CategoryNode(Guid Id, Guid? ParentId, string Slug, string Name, string NameEn, string NameRu, int Position, IReadOnlyList<CategoryNode> Children);
