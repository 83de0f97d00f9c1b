using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Shop.Catalog.GetProduct;

/// <summary>One product by id or slug; customers see only active ones (anything else is 404), operators any.</summary>
internal sealed record GetProduct(Guid? Id, string? Slug = null, bool IncludeAll = false) : IQuery<ProductDetails>;
