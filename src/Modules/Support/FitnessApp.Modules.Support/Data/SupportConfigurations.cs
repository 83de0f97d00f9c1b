using FitnessApp.Modules.Support.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessApp.Modules.Support.Data;

internal static class SupportColumns
{
    public const int EnumMaxLength = 30;
    public const int ContentTypeMaxLength = 50;
}

internal sealed class TicketConfiguration : IEntityTypeConfiguration<Ticket>
{
    public void Configure(EntityTypeBuilder<Ticket> ticket)
    {
        ticket.ToTable("Tickets");
        ticket.Property(t => t.Id).ValueGeneratedNever();
        ticket.Property(t => t.Category).HasConversion<string>().HasMaxLength(SupportColumns.EnumMaxLength);
        ticket.Property(t => t.Status).HasConversion<string>().HasMaxLength(SupportColumns.EnumMaxLength);
        ticket.Property(t => t.Subject).HasMaxLength(Ticket.SubjectMaxLength);
        ticket.HasIndex(t => new { t.AuthorId, t.CreatedAt }).HasDatabaseName("IX_Tickets_AuthorId_CreatedAt");
        ticket.HasIndex(t => new { t.Status, t.CreatedAt }).HasDatabaseName("IX_Tickets_Status_CreatedAt");
        ticket.HasIndex(t => t.AssigneeId).HasDatabaseName("IX_Tickets_AssigneeId");
    }
}

internal sealed class TicketMessageConfiguration : IEntityTypeConfiguration<TicketMessage>
{
    public void Configure(EntityTypeBuilder<TicketMessage> message)
    {
        message.ToTable("TicketMessages");
        message.Property(m => m.Id).ValueGeneratedNever();
        message.Property(m => m.Kind).HasConversion<string>().HasMaxLength(SupportColumns.EnumMaxLength);
        message.Property(m => m.Text).HasMaxLength(Ticket.TextMaxLength);
        message.Ignore(m => m.IsPublic);
        message.HasOne<Ticket>().WithMany().HasForeignKey(m => m.TicketId).OnDelete(DeleteBehavior.Cascade);
        message.HasIndex(m => new { m.TicketId, m.CreatedAt }).HasDatabaseName("IX_TicketMessages_TicketId_CreatedAt");
        message.HasIndex(m => m.AuthorId).HasDatabaseName("IX_TicketMessages_AuthorId");
    }
}

internal sealed class TicketScreenshotConfiguration : IEntityTypeConfiguration<TicketScreenshot>
{
    public void Configure(EntityTypeBuilder<TicketScreenshot> screenshot)
    {
        screenshot.ToTable("TicketScreenshots");
        screenshot.Property(s => s.Id).ValueGeneratedNever();
        screenshot.Property(s => s.ContentType).HasMaxLength(SupportColumns.ContentTypeMaxLength);
        screenshot.HasOne<Ticket>().WithMany().HasForeignKey(s => s.TicketId).OnDelete(DeleteBehavior.Cascade);
        screenshot.HasIndex(s => s.TicketId).IsUnique().HasDatabaseName("IX_TicketScreenshots_TicketId");
    }
}

internal sealed class FeedbackEntryConfiguration : IEntityTypeConfiguration<FeedbackEntry>
{
    public void Configure(EntityTypeBuilder<FeedbackEntry> feedback)
    {
        feedback.ToTable("Feedback");
        feedback.Property(f => f.Id).ValueGeneratedNever();
        feedback.Property(f => f.Category).HasConversion<string>().HasMaxLength(SupportColumns.EnumMaxLength);
        feedback.Property(f => f.Text).HasMaxLength(FeedbackEntry.TextMaxLength);
        feedback.HasIndex(f => f.CreatedAt).HasDatabaseName("IX_Feedback_CreatedAt");
        feedback.HasIndex(f => f.AuthorId).HasDatabaseName("IX_Feedback_AuthorId");
    }
}
