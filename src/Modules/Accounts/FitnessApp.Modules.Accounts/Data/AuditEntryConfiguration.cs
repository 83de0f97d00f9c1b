using FitnessApp.Modules.Accounts.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessApp.Modules.Accounts.Data;

/// <summary>The audit log (migration 20261121180000_AccountSecurity).</summary>
internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.ToTable("AuditEntries");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Kind).HasMaxLength(AuditEntry.KindMaxLength);
        entry.Property(e => e.Email).HasMaxLength(AuditEntry.EmailMaxLength);
        entry.Property(e => e.IpAddress).HasMaxLength(AuditEntry.IpAddressMaxLength);
        entry.Property(e => e.UserAgent).HasMaxLength(AuditEntry.UserAgentMaxLength);
        entry.Property(e => e.Details).HasMaxLength(AuditEntry.DetailsMaxLength);
        entry.HasIndex(e => e.OccurredAt);
        entry.HasIndex(e => new { e.UserId, e.OccurredAt });
        entry.HasIndex(e => new { e.Kind, e.OccurredAt });
    }
}
