using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessApp.Modules.Shared.Messaging.Inbox;

internal sealed class InboxMessageConfiguration : IEntityTypeConfiguration<InboxMessage>
{
    public void Configure(EntityTypeBuilder<InboxMessage> builder)
    {
        builder.ToTable("InboxMessages");
        builder.HasKey(m => new { m.EventId, m.Consumer });
        builder.Property(m => m.Consumer).HasMaxLength(300);
        builder.Property(m => m.EventType).HasMaxLength(500);
        builder.HasIndex(m => m.ProcessedAt);
    }
}
