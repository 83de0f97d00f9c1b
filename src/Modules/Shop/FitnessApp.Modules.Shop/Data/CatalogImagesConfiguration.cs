using FitnessApp.Modules.Shop.Catalog.Domain;
using FitnessApp.Modules.Shop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessApp.Modules.Shop.Data;

internal sealed class ProductImageConfiguration : IEntityTypeConfiguration<ProductImage>
{
    public void Configure(EntityTypeBuilder<ProductImage> image)
    {
        image.ToTable("ProductImages");
        image.Property(i => i.Id).ValueGeneratedNever();
        image.Property(i => i.ContentType).HasMaxLength(ProductImage.ContentTypeMaxLength);
        image.HasIndex(i => new { i.ProductId, i.Position });
        image.HasOne<Product>().WithMany().HasForeignKey(i => i.ProductId).OnDelete(DeleteBehavior.Cascade);
    }
}
