using FitnessApp.Modules.Loyalty.Achievements.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessApp.Modules.Loyalty.Data;

internal sealed class AchievementDefinitionConfiguration : IEntityTypeConfiguration<AchievementDefinition>
{
    public void Configure(EntityTypeBuilder<AchievementDefinition> definition)
    {
        definition.ToTable("AchievementDefinitions");
        definition.Property(d => d.Id).ValueGeneratedNever();
        definition.Property(d => d.Code).HasMaxLength(AchievementDefinition.CodeMaxLength);
        definition.Property(d => d.Checker).HasConversion<string>().HasMaxLength(LoyaltyColumns.EnumMaxLength);
        definition.Property(d => d.ParametersJson).HasMaxLength(AchievementDefinition.ParametersMaxLength);
        definition.Property(d => d.NameEn).HasMaxLength(AchievementDefinition.NameMaxLength);
        definition.Property(d => d.NameRu).HasMaxLength(AchievementDefinition.NameMaxLength);
        definition.Property(d => d.DescriptionEn).HasMaxLength(AchievementDefinition.DescriptionMaxLength);
        definition.Property(d => d.DescriptionRu).HasMaxLength(AchievementDefinition.DescriptionMaxLength);
        definition.Ignore(d => d.Parameters);
        definition.HasIndex(d => d.Code).IsUnique().HasDatabaseName("IX_AchievementDefinitions_Code");
    }
}

internal sealed class AthleteAchievementConfiguration : IEntityTypeConfiguration<AthleteAchievement>
{
    public void Configure(EntityTypeBuilder<AthleteAchievement> state)
    {
        state.ToTable("AthleteAchievements");
        state.Property(s => s.Id).ValueGeneratedNever();
        state.HasOne<AchievementDefinition>().WithMany().HasForeignKey(s => s.AchievementId).OnDelete(DeleteBehavior.Cascade);
        state.HasIndex(s => new { s.AthleteId, s.AchievementId }).IsUnique().HasDatabaseName("IX_AthleteAchievements_AthleteId_AchievementId");
        state.HasIndex(s => s.AchievementId).HasDatabaseName("IX_AthleteAchievements_AchievementId");
    }
}

internal sealed class ActivityFactConfiguration : IEntityTypeConfiguration<ActivityFact>
{
    public void Configure(EntityTypeBuilder<ActivityFact> fact)
    {
        fact.ToTable("AchievementActivityFacts");
        fact.HasKey(f => f.ActivityId);
        fact.Property(f => f.ActivityId).ValueGeneratedNever();
        fact.Property(f => f.Sport).HasConversion<string>().HasMaxLength(LoyaltyColumns.EnumMaxLength);
        fact.HasIndex(f => f.AthleteId).HasDatabaseName("IX_AchievementActivityFacts_AthleteId");
    }
}

internal sealed class StepsFactConfiguration : IEntityTypeConfiguration<StepsFact>
{
    public void Configure(EntityTypeBuilder<StepsFact> fact)
    {
        fact.ToTable("AchievementStepsFacts");
        fact.HasKey(f => new { f.AthleteId, f.Date });
    }
}

internal sealed class SocialFactConfiguration : IEntityTypeConfiguration<SocialFact>
{
    public void Configure(EntityTypeBuilder<SocialFact> fact)
    {
        fact.ToTable("AchievementSocialFacts");
        fact.HasKey(f => new { f.AthleteId, f.Kind, f.OtherId });
        fact.Property(f => f.Kind).HasConversion<string>().HasMaxLength(LoyaltyColumns.EnumMaxLength);
    }
}
