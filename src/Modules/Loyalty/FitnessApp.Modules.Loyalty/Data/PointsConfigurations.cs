using FitnessApp.Modules.Loyalty.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessApp.Modules.Loyalty.Data;

internal sealed class LedgerEntryConfiguration : IEntityTypeConfiguration<LedgerEntry>
{
    public void Configure(EntityTypeBuilder<LedgerEntry> entry)
    {
        entry.ToTable("LedgerEntries");
        entry.Property(e => e.Id).ValueGeneratedNever();
        entry.Property(e => e.Reason).HasConversion<string>().HasMaxLength(LoyaltyColumns.EnumMaxLength);
        entry.Property(e => e.Source).HasMaxLength(LedgerEntry.SourceMaxLength);
        entry.Property(e => e.SourceKey).HasMaxLength(LedgerEntry.KeyMaxLength);
        entry.Property(e => e.Subject).HasMaxLength(LedgerEntry.KeyMaxLength);
        entry.Property(e => e.Note).HasMaxLength(LedgerEntry.NoteMaxLength);
        entry.HasIndex(e => new { e.UserId, e.SourceKey }).IsUnique().HasDatabaseName("IX_LedgerEntries_UserId_SourceKey");
        entry.HasIndex(e => new { e.UserId, e.OccurredAt, e.Id }).HasDatabaseName("IX_LedgerEntries_UserId_OccurredAt_Id");
        entry.HasIndex(e => new { e.UserId, e.Subject }).HasDatabaseName("IX_LedgerEntries_UserId_Subject");
    }
}

internal sealed class PointsAccountConfiguration : IEntityTypeConfiguration<PointsAccount>
{
    public void Configure(EntityTypeBuilder<PointsAccount> account)
    {
        account.ToTable("PointsAccounts");
        account.HasKey(a => a.UserId);
        account.Property(a => a.UserId).ValueGeneratedNever();
        account.Property(a => a.Version).IsConcurrencyToken();
    }
}

internal sealed class LevelDefinitionConfiguration : IEntityTypeConfiguration<LevelDefinition>
{
    public void Configure(EntityTypeBuilder<LevelDefinition> level)
    {
        level.ToTable("LevelDefinitions");
        level.HasKey(l => l.Number);
        level.Property(l => l.Number).ValueGeneratedNever();
        level.Property(l => l.NameEn).HasMaxLength(LevelDefinition.NameMaxLength);
        level.Property(l => l.NameRu).HasMaxLength(LevelDefinition.NameMaxLength);
    }
}
