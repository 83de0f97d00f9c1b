using FitnessApp.Modules.Loyalty.Promotions.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessApp.Modules.Loyalty.Data;

internal sealed class PromoCodeConfiguration : IEntityTypeConfiguration<PromoCode>
{
    public const int CurrencyLength = 3;

    public void Configure(EntityTypeBuilder<PromoCode> code)
    {
        code.ToTable("PromoCodes");
        code.Property(c => c.Id).ValueGeneratedNever();
        code.Property(c => c.Code).HasMaxLength(PromoCode.CodeMaxLength);
        code.Property(c => c.Kind).HasConversion<string>().HasMaxLength(LoyaltyColumns.EnumMaxLength);
        code.Property(c => c.Amount).HasPrecision(PromoCode.AmountPrecision, PromoCode.AmountScale);
        code.Property(c => c.Currency).HasMaxLength(CurrencyLength);
        code.Property(c => c.Countries).HasMaxLength(PromoCode.CountriesMaxLength);
        code.Property(c => c.MinimumOrderAmount).HasPrecision(PromoCode.AmountPrecision, PromoCode.AmountScale);
        code.Ignore(c => c.CountryList);
        code.HasIndex(c => c.Code).IsUnique().HasDatabaseName("IX_PromoCodes_Code");
        code.HasIndex(c => new { c.CreatedAt, c.Id }).HasDatabaseName("IX_PromoCodes_CreatedAt_Id");
    }
}

internal sealed class PromoCodeRedemptionConfiguration : IEntityTypeConfiguration<PromoCodeRedemption>
{
    public void Configure(EntityTypeBuilder<PromoCodeRedemption> redemption)
    {
        redemption.ToTable("PromoCodeRedemptions");
        redemption.Property(r => r.Id).ValueGeneratedNever();
        redemption.Property(r => r.State).HasConversion<string>().HasMaxLength(LoyaltyColumns.EnumMaxLength);
        redemption.Property(r => r.OrderAmount).HasPrecision(PromoCode.AmountPrecision, PromoCode.AmountScale);
        redemption.Property(r => r.Discount).HasPrecision(PromoCode.AmountPrecision, PromoCode.AmountScale);
        redemption.Property(r => r.Currency).HasMaxLength(PromoCodeConfiguration.CurrencyLength);
        redemption.Property(r => r.Country).HasMaxLength(2);
        redemption.HasIndex(r => r.OrderId).IsUnique().HasDatabaseName("IX_PromoCodeRedemptions_OrderId");
        redemption.HasIndex(r => new { r.PromoCodeId, r.State }).HasDatabaseName("IX_PromoCodeRedemptions_PromoCodeId_State");
        redemption.HasIndex(r => r.UserId).HasDatabaseName("IX_PromoCodeRedemptions_UserId");
    }
}

internal sealed class PromoCodeUsageConfiguration : IEntityTypeConfiguration<PromoCodeUsage>
{
    public void Configure(EntityTypeBuilder<PromoCodeUsage> usage)
    {
        usage.ToTable("PromoCodeUsages");
        usage.HasKey(u => new { u.PromoCodeId, u.UserId });
        usage.HasIndex(u => u.UserId).HasDatabaseName("IX_PromoCodeUsages_UserId");
    }
}
