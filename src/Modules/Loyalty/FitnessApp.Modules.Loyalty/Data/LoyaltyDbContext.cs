using FitnessApp.Modules.Loyalty.Achievements.Domain;
using FitnessApp.Modules.Loyalty.Challenges.Domain;
using FitnessApp.Modules.Loyalty.Domain;
using FitnessApp.Modules.Loyalty.Earning;
using FitnessApp.Modules.Loyalty.Promotions.Domain;
using FitnessApp.Modules.Loyalty.Wallet;
using FitnessApp.Modules.Shared.Data;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Data;

/// <summary>The Loyalty module's tables (schema <c>loyalty</c>).</summary>
internal sealed class LoyaltyDbContext(DbContextOptions<LoyaltyDbContext> options) : DbContext(options)
{
    public const string Schema = "loyalty";

    public DbSet<LedgerEntry> LedgerEntries => Set<LedgerEntry>();

    public DbSet<PointsAccount> PointsAccounts => Set<PointsAccount>();

    public DbSet<LevelDefinition> LevelDefinitions => Set<LevelDefinition>();

    public DbSet<AchievementDefinition> AchievementDefinitions => Set<AchievementDefinition>();

    public DbSet<AthleteAchievement> AthleteAchievements => Set<AthleteAchievement>();

    public DbSet<ActivityFact> AchievementActivityFacts => Set<ActivityFact>();

    public DbSet<StepsFact> AchievementStepsFacts => Set<StepsFact>();

    public DbSet<SocialFact> AchievementSocialFacts => Set<SocialFact>();
    public DbSet<PromoCode> PromoCodes => Set<PromoCode>();

    public DbSet<PromoCodeRedemption> PromoCodeRedemptions => Set<PromoCodeRedemption>();

    public DbSet<PromoCodeUsage> PromoCodeUsages => Set<PromoCodeUsage>();
    public DbSet<EarningRule> EarningRules => Set<EarningRule>();

    public DbSet<EarningSettings> EarningSettings => Set<EarningSettings>();

    public DbSet<BonusCampaign> BonusCampaigns => Set<BonusCampaign>();

    public DbSet<EarnedActivity> EarnedActivities => Set<EarnedActivity>();

    public DbSet<ReferralCode> ReferralCodes => Set<ReferralCode>();

    public DbSet<Referral> Referrals => Set<Referral>();

    public DbSet<RegisteredAthlete> RegisteredAthletes => Set<RegisteredAthlete>();
    public DbSet<PointsReservation> PointsReservations => Set<PointsReservation>();

    public DbSet<ExpiryNotice> ExpiryNotices => Set<ExpiryNotice>();
    public DbSet<Challenge> Challenges => Set<Challenge>();

    public DbSet<ChallengeParticipant> ChallengeParticipants => Set<ChallengeParticipant>();

    public DbSet<ChallengeContribution> ChallengeContributions => Set<ChallengeContribution>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.UseModuleSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(LoyaltyDbContext).Assembly);
        modelBuilder.UseGuidV7Keys();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseUtcInstants();
}
