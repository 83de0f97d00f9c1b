using FitnessApp.Modules.Social.Feed;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessApp.Modules.Social.Data;

internal sealed class FeedMergedAuthorConfiguration : IEntityTypeConfiguration<FeedMergedAuthor>
{
    public void Configure(EntityTypeBuilder<FeedMergedAuthor> author)
    {
        author.ToTable("FeedMergedAuthors");
        author.HasKey(a => a.AuthorId);
        author.Property(a => a.AuthorId).ValueGeneratedNever();
    }
}
