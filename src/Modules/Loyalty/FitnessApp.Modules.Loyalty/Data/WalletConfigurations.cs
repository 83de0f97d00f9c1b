using FitnessApp.Modules.Loyalty.Wallet;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessApp.Modules.Loyalty.Data;

internal sealed class PointsReservationConfiguration : IEntityTypeConfiguration<PointsReservation>
{
    public void Configure(EntityTypeBuilder<PointsReservation> reservation)
    {
        reservation.ToTable("PointsReservations");
        reservation.Property(r => r.Id).ValueGeneratedNever();
        reservation.Property(r => r.Status).HasConversion<string>().HasMaxLength(LoyaltyColumns.EnumMaxLength).IsConcurrencyToken();

        // Commit, release and partial refunds of one order race each other: each update checks the row is still as read.
        reservation.Property(r => r.RefundedPoints).IsConcurrencyToken();
        reservation.HasIndex(r => r.OrderId).IsUnique().HasDatabaseName("IX_PointsReservations_OrderId");
        reservation.HasIndex(r => new { r.UserId, r.Status }).HasDatabaseName("IX_PointsReservations_UserId_Status");
    }
}

internal sealed class ExpiryNoticeConfiguration : IEntityTypeConfiguration<ExpiryNotice>
{
    public void Configure(EntityTypeBuilder<ExpiryNotice> notice)
    {
        notice.ToTable("ExpiryNotices");
        notice.HasKey(n => new { n.UserId, n.ExpiresOn });
    }
}
