namespace FitnessApp.Modules.Shop.Domain;

/// <summary>A node of the catalog tree (Running › Shoes › Trail); products belong to one category.</summary>
internal sealed class Category
{
    public const int SlugMaxLength = 80;
    public const int NameMaxLength = 100;

    public Guid Id { get; init; }

    public Guid? ParentId { get; set; }

    /// <summary>The address part (<c>/shop/c/{slug}</c>): lower-case letters, digits and dashes, unique.</summary>
    public required string Slug { get; set; }

    public required string NameEn { get; set; }

    public required string NameRu { get; set; }

    /// <summary>Order among its siblings.</summary>
    public int Position { get; set; }

    public DateTime CreatedAt { get; init; }
}
