using FitnessApp.Modules.Shop.Domain;

namespace FitnessApp.Modules.Shop.Catalog.Search;

/// <summary>The catalog tree in memory (it is small): sub-trees for filters, paths for breadcrumbs, cycle checks.</summary>
internal sealed class CategoryTree(IReadOnlyList<Category> categories)
{
    private readonly Dictionary<Guid, Category> byId = categories.ToDictionary(c => c.Id);
    private readonly ILookup<Guid?, Category> children = categories.ToLookup(c => c.ParentId);

    public IReadOnlyList<Category> All => categories;

    public Category? Find(Guid id) => byId.GetValueOrDefault(id);

    public Category? FindBySlugOrId(string value) =>
        Guid.TryParse(value, out var id) ? Find(id) : categories.FirstOrDefault(c => c.Slug == value);

    public IEnumerable<Category> ChildrenOf(Guid? parentId) => children[parentId].OrderBy(c => c.Position).ThenBy(c => c.NameEn, StringComparer.Ordinal);

    /// <summary>The category and every category below it.</summary>
    public IReadOnlyList<Guid> SubtreeOf(Guid id)
    {
        var result = new List<Guid>();
        var pending = new Stack<Guid>([id]);
        while (pending.TryPop(out var next))
        {
            if (result.Contains(next))
            {
                continue;
            }

            result.Add(next);
            foreach (var child in children[next])
            {
                pending.Push(child.Id);
            }
        }

        return result;
    }

    /// <summary>From the root down to the category.</summary>
    public IReadOnlyList<Category> PathTo(Guid id)
    {
        var path = new List<Category>();
        var current = Find(id);
        while (current is not null && path.Count <= categories.Count)
        {
            path.Insert(0, current);
            current = current.ParentId is { } parent ? Find(parent) : null;
        }

        return path;
    }

    /// <summary>True when making <paramref name="parentId"/> the parent of <paramref name="id"/> would close a loop.</summary>
    public bool WouldCycle(Guid id, Guid? parentId) => parentId is { } parent && SubtreeOf(id).Contains(parent);
}
