namespace FitnessApp.Modules.Shop.Domain;

/// <summary>Only active products are listed, found and sold; drafts are being prepared, archived ones are kept for old orders.</summary>
internal enum ProductStatus
{
    Draft,
    Active,
    Archived,
}
