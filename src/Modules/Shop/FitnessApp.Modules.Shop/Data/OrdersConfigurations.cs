using FitnessApp.Modules.Shop.Cart;
using FitnessApp.Modules.Shop.Domain;
using FitnessApp.Modules.Shop.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessApp.Modules.Shop.Data;

internal sealed class CartItemConfiguration : IEntityTypeConfiguration<CartItem>
{
    public void Configure(EntityTypeBuilder<CartItem> item)
    {
        item.ToTable("CartItems");
        item.HasKey(i => new { i.UserId, i.SkuId });
        item.HasOne<Sku>().WithMany().HasForeignKey(i => i.SkuId).OnDelete(DeleteBehavior.Cascade);
        item.HasIndex(i => i.SkuId);
    }
}

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> order)
    {
        order.ToTable("Orders");
        order.Property(o => o.Id).ValueGeneratedNever();
        order.Property(o => o.IdempotencyKey).HasMaxLength(Order.IdempotencyKeyMaxLength);
        order.Property(o => o.RequestHash).HasMaxLength(Order.HashLength);
        order.Property(o => o.Status).HasConversion<string>().HasMaxLength(ShopColumns.EnumMaxLength);
        order.Property(o => o.PaymentMethod).HasConversion<string>().HasMaxLength(ShopColumns.EnumMaxLength);
        order.Property(o => o.Currency).HasMaxLength(3);
        order.Property(o => o.PromoCode).HasMaxLength(Order.PromoCodeMaxLength);
        order.Property(o => o.ShipName).HasMaxLength(Order.NameMaxLength);
        order.Property(o => o.ShipLine1).HasMaxLength(Order.LineMaxLength);
        order.Property(o => o.ShipLine2).HasMaxLength(Order.LineMaxLength);
        order.Property(o => o.ShipCity).HasMaxLength(Order.CityMaxLength);
        order.Property(o => o.ShipPostalCode).HasMaxLength(Order.PostalCodeMaxLength);
        order.Property(o => o.ShipCountry).HasMaxLength(2);
        order.Property(o => o.TrackingNumber).HasMaxLength(Order.TrackingMaxLength);

        // One order per request: concurrent identical requests collide here and read the winner back.
        order.HasIndex(o => new { o.CustomerId, o.IdempotencyKey }).IsUnique();
        order.HasIndex(o => new { o.CustomerId, o.PlacedAt });
        order.HasIndex(o => new { o.Status, o.PlacedAt });
        order.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
        order.HasMany(o => o.Refunds).WithOne().HasForeignKey(r => r.OrderId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> line)
    {
        line.ToTable("OrderLines");
        line.Property(l => l.Id).ValueGeneratedNever();
        line.Property(l => l.SkuCode).HasMaxLength(Sku.CodeMaxLength);
        line.Property(l => l.ProductNameEn).HasMaxLength(Product.NameMaxLength);
        line.Property(l => l.ProductNameRu).HasMaxLength(Product.NameMaxLength);
        line.Property(l => l.Size).HasMaxLength(Sku.OptionMaxLength);
        line.Property(l => l.Colour).HasMaxLength(Sku.OptionMaxLength);
        line.HasIndex(l => l.OrderId);
    }
}

internal sealed class OrderRefundConfiguration : IEntityTypeConfiguration<OrderRefund>
{
    public void Configure(EntityTypeBuilder<OrderRefund> refund)
    {
        refund.ToTable("OrderRefunds");
        refund.Property(r => r.Id).ValueGeneratedNever();
        refund.Property(r => r.Reason).HasMaxLength(OrderRefund.ReasonMaxLength);
        refund.HasIndex(r => r.OrderId);
    }
}
