using FitnessApp.Modules.Devices.Imports.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessApp.Modules.Devices.Data;

internal sealed class DeviceImportConfiguration : IEntityTypeConfiguration<DeviceImport>
{
    public void Configure(EntityTypeBuilder<DeviceImport> import)
    {
        import.ToTable("Imports");
        import.HasKey(i => i.Id);
        import.Property(i => i.Kind).HasMaxLength(10);
        import.Property(i => i.FileName).HasMaxLength(DeviceImport.FileNameMaxLength);
        import.Property(i => i.Format).HasMaxLength(20);
        import.Property(i => i.Status).HasMaxLength(20);
        import.Property(i => i.ErrorCode).HasMaxLength(60);
        import.Property(i => i.ErrorMessage).HasMaxLength(DeviceImport.ErrorMessageMaxLength);
        import.HasIndex(i => new { i.AthleteId, i.CreatedAt });
    }
}

internal sealed class ImportFileConfiguration : IEntityTypeConfiguration<ImportFile>
{
    public void Configure(EntityTypeBuilder<ImportFile> file)
    {
        file.ToTable("ImportFiles");
        file.HasKey(f => f.Id);
        file.Property(f => f.FileName).HasMaxLength(DeviceImport.FileNameMaxLength);
        file.Property(f => f.Format).HasMaxLength(20);
        file.Property(f => f.Status).HasMaxLength(20);
        file.Property(f => f.ErrorCode).HasMaxLength(60);
        file.Property(f => f.ErrorMessage).HasMaxLength(DeviceImport.ErrorMessageMaxLength);
        file.Property(f => f.Sha256).HasMaxLength(64);
        file.HasIndex(f => f.ImportId);
    }
}

internal sealed class ImportedActivityConfiguration : IEntityTypeConfiguration<ImportedActivity>
{
    public void Configure(EntityTypeBuilder<ImportedActivity> activity)
    {
        activity.ToTable("ImportedActivities");
        activity.HasKey(a => a.ActivityId);
        activity.Property(a => a.ActivityId).ValueGeneratedNever();
        activity.Property(a => a.Sport).HasMaxLength(30);
        activity.Property(a => a.DeviceName).HasMaxLength(100);
        activity.HasIndex(a => a.ImportFileId);
        activity.HasIndex(a => a.ImportId);
    }
}

internal sealed class ImportDedupeKeyConfiguration : IEntityTypeConfiguration<ImportDedupeKey>
{
    public void Configure(EntityTypeBuilder<ImportDedupeKey> key)
    {
        key.ToTable("ImportDedupeKeys");
        key.HasKey(k => new { k.AthleteId, k.Key });
        key.Property(k => k.Key).HasMaxLength(ImportDedupeKey.KeyMaxLength);
        key.HasIndex(k => k.ActivityId);
        key.HasIndex(k => k.ImportFileId);
    }
}

internal sealed class ImportBlobConfiguration : IEntityTypeConfiguration<ImportBlob>
{
    public void Configure(EntityTypeBuilder<ImportBlob> blob)
    {
        blob.ToTable("ImportBlobs");
        blob.HasKey(b => b.Id);
        blob.Property(b => b.FileName).HasMaxLength(DeviceImport.FileNameMaxLength);
        blob.Property(b => b.ContentType).HasMaxLength(100);
    }
}
