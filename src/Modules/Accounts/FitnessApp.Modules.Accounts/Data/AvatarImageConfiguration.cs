using FitnessApp.Modules.Accounts.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessApp.Modules.Accounts.Data;

/// <summary>Avatars, one row per size (migration 20261121190000_AvatarsAndNotifications); they go with the account row.</summary>
internal sealed class AvatarImageConfiguration : IEntityTypeConfiguration<AvatarImage>
{
    public void Configure(EntityTypeBuilder<AvatarImage> avatar)
    {
        avatar.ToTable("AvatarImages");
        avatar.HasKey(a => a.Id);
        avatar.Property(a => a.ContentType).HasMaxLength(AvatarImage.ContentTypeMaxLength);
        avatar.HasIndex(a => new { a.UserId, a.Size }).IsUnique();
        avatar.HasOne<User>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
