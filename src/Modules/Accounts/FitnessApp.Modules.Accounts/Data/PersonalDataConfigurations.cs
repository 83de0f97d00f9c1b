using FitnessApp.Modules.Accounts.PersonalData.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessApp.Modules.Accounts.Data;

/// <summary>Exports and erasures (migration 20261121192000_DataRequests).</summary>
internal sealed class DataExportConfiguration : IEntityTypeConfiguration<DataExport>
{
    /// <summary>At most one export in progress per athlete, also under concurrent requests.</summary>
    public const string InProgressFilter = "\"Status\" IN ('queued', 'running')";

    public void Configure(EntityTypeBuilder<DataExport> export)
    {
        export.ToTable("DataExports");
        export.HasKey(e => e.Id);
        export.Property(e => e.Id).ValueGeneratedNever();
        export.Property(e => e.Status).HasMaxLength(ExportStatuses.MaxLength);
        export.Property(e => e.Error).HasMaxLength(DataExport.ErrorMaxLength);
        export.HasIndex(e => new { e.UserId, e.RequestedAt });
        export.HasIndex(e => e.UserId).IsUnique().HasFilter(InProgressFilter).HasDatabaseName("IX_DataExports_UserId_InProgress");
        export.HasIndex(e => e.ExpiresAt);
    }
}

internal sealed class DataExportArchiveConfiguration : IEntityTypeConfiguration<DataExportArchive>
{
    public void Configure(EntityTypeBuilder<DataExportArchive> archive)
    {
        archive.ToTable("DataExportArchives");
        archive.HasKey(a => a.ExportId);
        archive.Property(a => a.ExportId).ValueGeneratedNever();
        archive.HasOne<DataExport>().WithOne().HasForeignKey<DataExportArchive>(a => a.ExportId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ErasureRequestConfiguration : IEntityTypeConfiguration<ErasureRequest>
{
    public void Configure(EntityTypeBuilder<ErasureRequest> request)
    {
        request.ToTable("ErasureRequests");
        request.HasKey(r => r.UserId);
        request.Property(r => r.UserId).ValueGeneratedNever();
    }
}

internal sealed class ErasureConfirmationConfiguration : IEntityTypeConfiguration<ErasureConfirmation>
{
    public void Configure(EntityTypeBuilder<ErasureConfirmation> confirmation)
    {
        confirmation.ToTable("ErasureConfirmations");
        confirmation.HasKey(c => new { c.UserId, c.Module });
        confirmation.Property(c => c.Module).HasMaxLength(ErasureConfirmation.ModuleMaxLength);
        confirmation.HasOne<ErasureRequest>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
