using FitnessApp.Modules.Shop.Domain;
using FitnessApp.Modules.Shop.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessApp.Modules.Shop.Data;

internal sealed class ProductReviewConfiguration : IEntityTypeConfiguration<ProductReview>
{
    public void Configure(EntityTypeBuilder<ProductReview> review)
    {
        review.ToTable("ProductReviews");
        review.Property(r => r.Id).ValueGeneratedNever();
        review.Property(r => r.Title).HasMaxLength(ProductReview.TitleMaxLength);
        review.Property(r => r.Text).HasMaxLength(ProductReview.TextMaxLength);
        review.Property(r => r.Status).HasConversion<string>().HasMaxLength(ShopColumns.EnumMaxLength);
        review.Property(r => r.ModerationReason).HasMaxLength(ReviewModeration.ReasonMaxLength);
        review.HasOne<Product>().WithMany().HasForeignKey(r => r.ProductId).OnDelete(DeleteBehavior.Cascade);

        // One review per customer and product: an edit changes it in place.
        review.HasIndex(r => new { r.ProductId, r.AuthorId }).IsUnique();
        review.HasIndex(r => new { r.ProductId, r.Status, r.CreatedAt });
        review.HasIndex(r => new { r.Status, r.CreatedAt });
        review.HasIndex(r => r.AuthorId);
    }
}

internal sealed class ReviewModerationConfiguration : IEntityTypeConfiguration<ReviewModeration>
{
    public void Configure(EntityTypeBuilder<ReviewModeration> moderation)
    {
        moderation.ToTable("ReviewModerations");
        moderation.Property(m => m.Id).ValueGeneratedNever();
        moderation.Property(m => m.Action).HasConversion<string>().HasMaxLength(ShopColumns.EnumMaxLength);
        moderation.Property(m => m.Reason).HasMaxLength(ReviewModeration.ReasonMaxLength);
        moderation.HasOne<ProductReview>().WithMany().HasForeignKey(m => m.ReviewId).OnDelete(DeleteBehavior.Cascade);
        moderation.HasIndex(m => m.ReviewId);
        moderation.HasIndex(m => m.ActorId);
    }
}
