using FitnessApp.Modules.Social.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessApp.Modules.Social.Data;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> notification)
    {
        notification.ToTable("Notifications");
        notification.Property(n => n.Id).ValueGeneratedNever();
        notification.Property(n => n.Kind).HasConversion<string>().HasMaxLength(SocialColumns.EnumMaxLength);
        notification.Property(n => n.Excerpt).HasMaxLength(Notification.ExcerptMaxLength);
        notification.Property(n => n.Link).HasMaxLength(Notification.LinkMaxLength);
        notification.HasIndex(n => new { n.RecipientId, n.CreatedAt }).HasDatabaseName("IX_Notifications_RecipientId_CreatedAt");
        notification.HasIndex(n => new { n.RecipientId, n.ReadAt }).HasDatabaseName("IX_Notifications_RecipientId_ReadAt");
        notification.HasIndex(n => n.ActorId).HasDatabaseName("IX_Notifications_ActorId");
        notification.HasIndex(n => n.SubjectId).HasDatabaseName("IX_Notifications_SubjectId");
        notification.HasIndex(n => new { n.EmailedAt, n.CreatedAt }).HasDatabaseName("IX_Notifications_EmailedAt_CreatedAt");
        notification.HasIndex(n => n.EmailBatchId).HasDatabaseName("IX_Notifications_EmailBatchId");
    }
}
