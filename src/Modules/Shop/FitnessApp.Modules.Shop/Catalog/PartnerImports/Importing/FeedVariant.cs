using FitnessApp.Modules.Shop.Domain;
using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Shop.Catalog.PartnerImports.Importing;

/// <summary>A checked feed row: one variant of the product <see cref="ExternalId"/>, with that product's texts.</summary>
internal sealed record FeedVariant(
    int Row,
    string ExternalId,
    string Sku,
    string NameEn,
    string NameRu,
    string DescriptionEn,
    string DescriptionRu,
    string Brand,
    Guid CategoryId,
    IReadOnlyList<Sport> Sports,
    string? Size,
    string? Colour,
    long PriceMinor,
    int Stock,
    ProductStatus Status);
