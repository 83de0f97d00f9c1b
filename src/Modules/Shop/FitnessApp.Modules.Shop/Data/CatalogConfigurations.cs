using FitnessApp.Modules.Shop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessApp.Modules.Shop.Data;

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> category)
    {
        category.ToTable("Categories");
        category.Property(c => c.Id).ValueGeneratedNever();
        category.Property(c => c.Slug).HasMaxLength(Category.SlugMaxLength);
        category.Property(c => c.NameEn).HasMaxLength(Category.NameMaxLength);
        category.Property(c => c.NameRu).HasMaxLength(Category.NameMaxLength);
        category.HasIndex(c => c.Slug).IsUnique();
        category.HasOne<Category>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> product)
    {
        product.ToTable("Products");
        product.Property(p => p.Id).ValueGeneratedNever();
        product.Property(p => p.Slug).HasMaxLength(Product.SlugMaxLength);
        product.Property(p => p.NameEn).HasMaxLength(Product.NameMaxLength);
        product.Property(p => p.NameRu).HasMaxLength(Product.NameMaxLength);
        product.Property(p => p.DescriptionEn).HasMaxLength(Product.DescriptionMaxLength);
        product.Property(p => p.DescriptionRu).HasMaxLength(Product.DescriptionMaxLength);
        product.Property(p => p.Brand).HasMaxLength(Product.BrandMaxLength);
        product.Property(p => p.SearchText).HasComputedColumnSql(Product.SearchTextSql);
        product.Property(p => p.Status).HasConversion<string>().HasMaxLength(ShopColumns.EnumMaxLength);
        product.Property(p => p.Source).HasMaxLength(Product.SourceMaxLength);
        product.Property(p => p.ExternalId).HasMaxLength(Product.ExternalIdMaxLength);
        product.HasIndex(p => p.Slug).IsUnique();
        product.HasIndex(p => new { p.Source, p.ExternalId }).IsUnique();
        product.HasIndex(p => new { p.CategoryId, p.Status });
        product.HasOne<Category>().WithMany().HasForeignKey(p => p.CategoryId).OnDelete(DeleteBehavior.Restrict);
        product.HasMany(p => p.Sports).WithOne().HasForeignKey(s => s.ProductId).OnDelete(DeleteBehavior.Cascade);
        product.HasMany(p => p.Skus).WithOne().HasForeignKey(s => s.ProductId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProductSportConfiguration : IEntityTypeConfiguration<ProductSport>
{
    public void Configure(EntityTypeBuilder<ProductSport> sport)
    {
        sport.ToTable("ProductSports");
        sport.HasKey(s => new { s.ProductId, s.Sport });
        sport.Property(s => s.Sport).HasConversion<string>().HasMaxLength(ShopColumns.EnumMaxLength);
        sport.HasIndex(s => new { s.Sport, s.ProductId });
    }
}

internal sealed class SkuConfiguration : IEntityTypeConfiguration<Sku>
{
    public void Configure(EntityTypeBuilder<Sku> sku)
    {
        // Belt and braces under StockLedger's conditional updates: the database itself refuses negative stock.
        sku.ToTable("Skus", t => t.HasCheckConstraint("CK_Skus_Stock", "\"Stock\" >= 0"));
        sku.Property(s => s.Id).ValueGeneratedNever();
        sku.Property(s => s.Code).HasMaxLength(Sku.CodeMaxLength);
        sku.Property(s => s.Size).HasMaxLength(Sku.OptionMaxLength);
        sku.Property(s => s.Colour).HasMaxLength(Sku.OptionMaxLength);
        sku.HasIndex(s => s.Code).IsUnique();
        sku.HasIndex(s => s.ProductId);
    }
}

internal sealed class StockMovementConfiguration : IEntityTypeConfiguration<StockMovement>
{
    public void Configure(EntityTypeBuilder<StockMovement> movement)
    {
        movement.ToTable("StockMovements");
        movement.Property(m => m.Id).ValueGeneratedNever();
        movement.Property(m => m.Reason).HasConversion<string>().HasMaxLength(ShopColumns.EnumMaxLength);
        movement.Property(m => m.Reference).HasMaxLength(StockMovement.ReferenceMaxLength);
        movement.Property(m => m.Note).HasMaxLength(StockMovement.NoteMaxLength);
        movement.HasIndex(m => new { m.SkuId, m.OccurredAt });
        movement.HasOne<Sku>().WithMany().HasForeignKey(m => m.SkuId).OnDelete(DeleteBehavior.Cascade);
    }
}
