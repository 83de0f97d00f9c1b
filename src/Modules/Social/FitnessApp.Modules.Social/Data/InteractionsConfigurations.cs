using FitnessApp.Modules.Social.Interactions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessApp.Modules.Social.Data;

internal sealed class KudosConfiguration : IEntityTypeConfiguration<Kudos>
{
    public void Configure(EntityTypeBuilder<Kudos> kudos)
    {
        kudos.ToTable("Kudos");
        kudos.Property(k => k.Id).ValueGeneratedNever();
        kudos.HasIndex(k => new { k.ActivityId, k.AthleteId }).IsUnique().HasDatabaseName("IX_Kudos_ActivityId_AthleteId");
        kudos.HasIndex(k => k.AthleteId).HasDatabaseName("IX_Kudos_AthleteId");
        kudos.HasIndex(k => k.ActivityOwnerId).HasDatabaseName("IX_Kudos_ActivityOwnerId");
    }
}

internal sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> comment)
    {
        comment.ToTable("Comments");
        comment.Property(c => c.Id).ValueGeneratedNever();
        comment.Property(c => c.Text).HasMaxLength(Comment.TextMaxLength);
        comment.HasIndex(c => new { c.ActivityId, c.CreatedAt }).HasDatabaseName("IX_Comments_ActivityId_CreatedAt");
        comment.HasIndex(c => c.AuthorId).HasDatabaseName("IX_Comments_AuthorId");
        comment.HasIndex(c => c.ActivityOwnerId).HasDatabaseName("IX_Comments_ActivityOwnerId");
    }
}
