using FitnessApp.Modules.Shop.Orders;
using FitnessApp.Modules.Shop.Payments.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessApp.Modules.Shop.Data;

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> payment)
    {
        payment.ToTable("Payments");
        payment.Property(p => p.Id).ValueGeneratedNever();
        payment.Property(p => p.IntentId).HasMaxLength(Payment.IntentIdMaxLength);
        payment.Property(p => p.ClientSecret).HasMaxLength(Payment.ClientSecretMaxLength);
        payment.Property(p => p.RedirectUrl).HasMaxLength(Payment.RedirectUrlMaxLength);
        payment.Property(p => p.Status).HasConversion<string>().HasMaxLength(ShopColumns.EnumMaxLength);
        payment.Property(p => p.Currency).HasMaxLength(3);
        payment.Property(p => p.FailureReason).HasMaxLength(Payment.ErrorMaxLength);
        payment.Property(p => p.Version).IsConcurrencyToken();
        payment.HasIndex(p => p.OrderId).IsUnique();
        payment.HasIndex(p => p.IntentId).IsUnique();
        payment.HasOne<Order>().WithOne(o => o.Payment).HasForeignKey<Payment>(p => p.OrderId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProcessedPaymentEventConfiguration : IEntityTypeConfiguration<ProcessedPaymentEvent>
{
    public void Configure(EntityTypeBuilder<ProcessedPaymentEvent> e)
    {
        e.ToTable("ProcessedPaymentEvents");
        e.HasKey(x => x.Id);
        e.Property(x => x.Id).HasMaxLength(ProcessedPaymentEvent.IdMaxLength).ValueGeneratedNever();
        e.Property(x => x.Type).HasMaxLength(ProcessedPaymentEvent.TypeMaxLength);
        e.HasIndex(x => x.ReceivedAt);
    }
}

internal sealed class PaymentRefundConfiguration : IEntityTypeConfiguration<PaymentRefund>
{
    public void Configure(EntityTypeBuilder<PaymentRefund> refund)
    {
        refund.ToTable("PaymentRefunds");
        refund.Property(r => r.Id).ValueGeneratedNever();
        refund.Property(r => r.ProcessorRefundId).HasMaxLength(Payment.IntentIdMaxLength);
        refund.HasIndex(r => r.ProcessorRefundId).IsUnique();
        refund.HasIndex(r => r.OrderId);
        refund.HasOne<Order>().WithMany().HasForeignKey(r => r.OrderId).OnDelete(DeleteBehavior.Cascade);
    }
}
