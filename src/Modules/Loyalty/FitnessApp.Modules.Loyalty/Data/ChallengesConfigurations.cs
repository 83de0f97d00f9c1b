using FitnessApp.Modules.Loyalty.Challenges.Domain;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Training.Contracts.Activities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessApp.Modules.Loyalty.Data;

internal sealed class ChallengeConfiguration : IEntityTypeConfiguration<Challenge>
{
    public void Configure(EntityTypeBuilder<Challenge> challenge)
    {
        challenge.ToTable("Challenges");
        challenge.Property(c => c.Id).ValueGeneratedNever();
        challenge.Property(c => c.Title).HasMaxLength(Challenge.TitleMaxLength);
        challenge.Property(c => c.Description).HasMaxLength(Challenge.DescriptionMaxLength);
        challenge.Property(c => c.Goal).HasConversion<string>().HasMaxLength(LoyaltyColumns.EnumMaxLength);
        challenge.Property(c => c.Sports)
            .HasConversion(
                sports => string.Join(',', sports.Select(WireNames.Of)),
                text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(WireNames.Parse<Sport>).ToList(),
                new ValueComparer<List<Sport>>((a, b) => a!.SequenceEqual(b!), s => s.Aggregate(0, (h, x) => HashCode.Combine(h, x)), s => s.ToList()))
            .HasMaxLength(Challenge.SportsMaxLength);
        challenge.HasIndex(c => new { c.StartsAt, c.Id }).HasDatabaseName("IX_Challenges_StartsAt_Id");
        challenge.HasIndex(c => new { c.FinalizedAt, c.EndsAt }).HasDatabaseName("IX_Challenges_FinalizedAt_EndsAt");
        challenge.HasIndex(c => c.GroupId).HasDatabaseName("IX_Challenges_GroupId");
    }
}

internal sealed class ChallengeParticipantConfiguration : IEntityTypeConfiguration<ChallengeParticipant>
{
    public void Configure(EntityTypeBuilder<ChallengeParticipant> participant)
    {
        participant.ToTable("ChallengeParticipants");
        participant.Property(p => p.Id).ValueGeneratedNever();
        participant.HasIndex(p => new { p.ChallengeId, p.UserId }).IsUnique().HasDatabaseName("IX_ChallengeParticipants_ChallengeId_UserId");
        // The leaderboard's own order: the top needs no sort, the counts (all, and those ahead of me) are index-only ranges.
        participant.HasIndex(p => new { p.ChallengeId, p.Progress, p.ProgressAt, p.JoinedAt, p.Id })
            .IsDescending(false, true, false, false, false)
            .HasDatabaseName(ChallengeParticipant.LeaderboardIndex);
        participant.HasIndex(p => p.UserId).HasDatabaseName("IX_ChallengeParticipants_UserId");
    }
}

internal sealed class ChallengeContributionConfiguration : IEntityTypeConfiguration<ChallengeContribution>
{
    public void Configure(EntityTypeBuilder<ChallengeContribution> contribution)
    {
        contribution.ToTable("ChallengeContributions");
        contribution.Property(c => c.Id).ValueGeneratedNever();
        contribution.Property(c => c.Source).HasMaxLength(ChallengeContribution.SourceMaxLength);
        contribution.HasIndex(c => new { c.ChallengeId, c.UserId, c.Source }).IsUnique()
            .HasDatabaseName("IX_ChallengeContributions_ChallengeId_UserId_Source");
        contribution.HasIndex(c => new { c.UserId, c.Source }).HasDatabaseName("IX_ChallengeContributions_UserId_Source");
    }
}
