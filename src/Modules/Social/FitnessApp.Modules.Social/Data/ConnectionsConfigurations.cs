using FitnessApp.Modules.Social.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessApp.Modules.Social.Data;

internal sealed class FollowConfiguration : IEntityTypeConfiguration<Follow>
{
    public void Configure(EntityTypeBuilder<Follow> follow)
    {
        follow.ToTable("Follows");
        follow.Property(f => f.Id).ValueGeneratedNever();
        follow.Property(f => f.State).HasConversion<string>().HasMaxLength(SocialColumns.EnumMaxLength);
        follow.HasIndex(f => new { f.FollowerId, f.FolloweeId }).IsUnique().HasDatabaseName("IX_Follows_FollowerId_FolloweeId");
        follow.HasIndex(f => new { f.FolloweeId, f.State, f.FollowerId }).HasDatabaseName("IX_Follows_FolloweeId_State_FollowerId");
    }
}

internal sealed class BlockConfiguration : IEntityTypeConfiguration<Block>
{
    public void Configure(EntityTypeBuilder<Block> block)
    {
        block.ToTable("Blocks");
        block.Property(b => b.Id).ValueGeneratedNever();
        block.HasIndex(b => new { b.BlockerId, b.BlockedId }).IsUnique().HasDatabaseName("IX_Blocks_BlockerId_BlockedId");
        block.HasIndex(b => b.BlockedId).HasDatabaseName("IX_Blocks_BlockedId");
    }
}
