using FitnessApp.Modules.Loyalty.Earning;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessApp.Modules.Loyalty.Data;

internal sealed class EarningRuleConfiguration : IEntityTypeConfiguration<EarningRule>
{
    public void Configure(EntityTypeBuilder<EarningRule> rule)
    {
        rule.ToTable("EarningRules");
        rule.Property(r => r.Id).ValueGeneratedNever();
        rule.Property(r => r.Sport).HasConversion<string>().HasMaxLength(LoyaltyColumns.EnumMaxLength);
        rule.HasIndex(r => r.Sport).IsUnique().HasDatabaseName("IX_EarningRules_Sport");
    }
}

internal sealed class EarningSettingsConfiguration : IEntityTypeConfiguration<EarningSettings>
{
    public void Configure(EntityTypeBuilder<EarningSettings> settings)
    {
        settings.ToTable("EarningSettings");
        settings.HasKey(s => s.Id);
        settings.Property(s => s.Id).ValueGeneratedNever();
    }
}

internal sealed class BonusCampaignConfiguration : IEntityTypeConfiguration<BonusCampaign>
{
    public void Configure(EntityTypeBuilder<BonusCampaign> campaign)
    {
        campaign.ToTable("BonusCampaigns");
        campaign.Property(c => c.Id).ValueGeneratedNever();
        campaign.Property(c => c.Name).HasMaxLength(BonusCampaign.NameMaxLength);
        campaign.Property(c => c.Sport).HasConversion<string>().HasMaxLength(LoyaltyColumns.EnumMaxLength);
        campaign.HasIndex(c => new { c.StartsAt, c.EndsAt }).HasDatabaseName("IX_BonusCampaigns_StartsAt_EndsAt");
    }
}

internal sealed class EarnedActivityConfiguration : IEntityTypeConfiguration<EarnedActivity>
{
    public void Configure(EntityTypeBuilder<EarnedActivity> earned)
    {
        earned.ToTable("EarnedActivities");
        earned.HasKey(e => e.ActivityId);
        earned.Property(e => e.ActivityId).ValueGeneratedNever();
        earned.Property(e => e.IsoWeek).HasMaxLength(10);
        earned.HasIndex(e => new { e.UserId, e.LocalDate }).HasDatabaseName("IX_EarnedActivities_UserId_LocalDate");
        earned.HasIndex(e => new { e.UserId, e.IsoWeek }).HasDatabaseName("IX_EarnedActivities_UserId_IsoWeek");
    }
}

internal sealed class ReferralCodeConfiguration : IEntityTypeConfiguration<ReferralCode>
{
    public void Configure(EntityTypeBuilder<ReferralCode> code)
    {
        code.ToTable("ReferralCodes");
        code.HasKey(c => c.UserId);
        code.Property(c => c.UserId).ValueGeneratedNever();
        code.Property(c => c.Code).HasMaxLength(ReferralCode.Length);
        code.HasIndex(c => c.Code).IsUnique().HasDatabaseName("IX_ReferralCodes_Code");
    }
}

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> referral)
    {
        referral.ToTable("Referrals");
        referral.HasKey(r => r.ReferredUserId);
        referral.Property(r => r.ReferredUserId).ValueGeneratedNever();
        referral.HasIndex(r => r.ReferrerUserId).HasDatabaseName("IX_Referrals_ReferrerUserId");
    }
}

internal sealed class RegisteredAthleteConfiguration : IEntityTypeConfiguration<RegisteredAthlete>
{
    public void Configure(EntityTypeBuilder<RegisteredAthlete> athlete)
    {
        athlete.ToTable("RegisteredAthletes");
        athlete.HasKey(r => r.UserId);
        athlete.Property(r => r.UserId).ValueGeneratedNever();
    }
}
