using FitnessApp.Modules.Social.Feed;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessApp.Modules.Social.Data;

internal sealed class FeedPostConfiguration : IEntityTypeConfiguration<FeedPost>
{
    public void Configure(EntityTypeBuilder<FeedPost> post)
    {
        post.ToTable("FeedPosts");
        post.Property(p => p.Id).ValueGeneratedNever();
        post.Property(p => p.Kind).HasConversion<string>().HasMaxLength(SocialColumns.EnumMaxLength);
        post.Property(p => p.Visibility).HasConversion<string>().HasMaxLength(SocialColumns.EnumMaxLength);
        post.Property(p => p.Sport).HasConversion<string>().HasMaxLength(SocialColumns.EnumMaxLength);
        post.Property(p => p.Title).HasMaxLength(FeedPost.TitleMaxLength);
        post.Property(p => p.Text).HasMaxLength(FeedPost.TextMaxLength);
        post.Property(p => p.TitleRu).HasMaxLength(FeedPost.TitleMaxLength);
        post.Property(p => p.ImageUrl).HasMaxLength(FeedPost.ImageUrlMaxLength);
        post.Property(p => p.Route).HasMaxLength(FeedPost.RouteMaxLength);
        post.HasIndex(p => new { p.Kind, p.SubjectId }).IsUnique().HasDatabaseName("IX_FeedPosts_Kind_SubjectId");
        post.HasIndex(p => new { p.AuthorId, p.OccurredAt, p.Id }).HasDatabaseName("IX_FeedPosts_AuthorId_OccurredAt_Id");
        post.HasIndex(p => new { p.GroupId, p.OccurredAt, p.Id }).HasDatabaseName("IX_FeedPosts_GroupId_OccurredAt_Id");
    }
}

internal sealed class FeedEntryConfiguration : IEntityTypeConfiguration<FeedEntry>
{
    public void Configure(EntityTypeBuilder<FeedEntry> entry)
    {
        entry.ToTable("FeedEntries");
        entry.HasKey(e => new { e.ViewerId, e.PostId });
        entry.HasIndex(e => new { e.ViewerId, e.OccurredAt, e.PostId }).HasDatabaseName("IX_FeedEntries_ViewerId_OccurredAt_PostId");
        entry.HasIndex(e => e.PostId).HasDatabaseName("IX_FeedEntries_PostId");
        entry.HasIndex(e => new { e.AuthorId, e.ViewerId }).HasDatabaseName("IX_FeedEntries_AuthorId_ViewerId");
    }
}
