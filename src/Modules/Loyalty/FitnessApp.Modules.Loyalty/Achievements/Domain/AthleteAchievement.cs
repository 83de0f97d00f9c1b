namespace FitnessApp.Modules.Loyalty.Achievements.Domain;

/// <summary>One athlete's state for one achievement: progress toward the target and the awards so far (never taken back).</summary>
internal sealed class AthleteAchievement
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid AthleteId { get; init; }

    public Guid AchievementId { get; init; }

    public long Progress { get; set; }

    public long Target { get; set; }

    public int TimesAwarded { get; set; }

    public DateTime? FirstAwardedAt { get; set; }

    public DateTime? LastAwardedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
