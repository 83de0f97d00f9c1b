using FitnessApp.Modules.Shop.Catalog.PartnerImports.Domain;
using FitnessApp.Modules.Shop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessApp.Modules.Shop.Data;

internal sealed class PartnerFeedConfiguration : IEntityTypeConfiguration<PartnerFeed>
{
    public void Configure(EntityTypeBuilder<PartnerFeed> feed)
    {
        feed.ToTable("PartnerFeeds");
        feed.Property(f => f.Id).ValueGeneratedNever();
        feed.Property(f => f.Code).HasMaxLength(PartnerFeed.CodeMaxLength);
        feed.Property(f => f.Name).HasMaxLength(PartnerFeed.NameMaxLength);
        feed.Property(f => f.Format).HasConversion<string>().HasMaxLength(ShopColumns.EnumMaxLength);
        feed.Property(f => f.Url).HasMaxLength(PartnerFeed.UrlMaxLength);
        feed.HasIndex(f => f.Code).IsUnique();
        feed.HasOne<Category>().WithMany().HasForeignKey(f => f.DefaultCategoryId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class PartnerImportRunConfiguration : IEntityTypeConfiguration<PartnerImportRun>
{
    public void Configure(EntityTypeBuilder<PartnerImportRun> run)
    {
        run.ToTable("PartnerImportRuns");
        run.Property(r => r.Id).ValueGeneratedNever();
        run.Property(r => r.Trigger).HasConversion<string>().HasMaxLength(ShopColumns.EnumMaxLength);
        run.Property(r => r.Status).HasConversion<string>().HasMaxLength(ShopColumns.EnumMaxLength);
        run.Property(r => r.FileName).HasMaxLength(PartnerImportRun.FileNameMaxLength);
        run.Property(r => r.Error).HasMaxLength(PartnerImportRun.ErrorMaxLength);
        run.HasIndex(r => new { r.FeedId, r.QueuedAt });
        run.HasOne<PartnerFeed>().WithMany().HasForeignKey(r => r.FeedId).OnDelete(DeleteBehavior.Cascade);
    }
}
