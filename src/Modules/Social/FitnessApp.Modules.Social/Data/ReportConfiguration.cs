using FitnessApp.Modules.Social.Moderation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessApp.Modules.Social.Data;

internal sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> report)
    {
        report.ToTable("Reports");
        report.Property(r => r.Id).ValueGeneratedNever();
        report.Property(r => r.Target).HasConversion<string>().HasMaxLength(SocialColumns.EnumMaxLength);
        report.Property(r => r.Reason).HasConversion<string>().HasMaxLength(SocialColumns.EnumMaxLength);
        report.Property(r => r.Status).HasConversion<string>().HasMaxLength(SocialColumns.EnumMaxLength);
        report.Property(r => r.Action).HasConversion<string>().HasMaxLength(SocialColumns.EnumMaxLength);
        report.Property(r => r.Text).HasMaxLength(Report.TextMaxLength);
        report.Property(r => r.Note).HasMaxLength(Report.NoteMaxLength);
        report.HasIndex(r => new { r.Target, r.TargetId, r.Status }).HasDatabaseName("IX_Reports_Target_TargetId_Status");
        report.HasIndex(r => new { r.Status, r.CreatedAt }).HasDatabaseName("IX_Reports_Status_CreatedAt");
        report.HasIndex(r => new { r.ReporterId, r.CreatedAt }).HasDatabaseName("IX_Reports_ReporterId_CreatedAt");
        report.HasIndex(r => r.TargetOwnerId).HasDatabaseName("IX_Reports_TargetOwnerId");
    }
}
