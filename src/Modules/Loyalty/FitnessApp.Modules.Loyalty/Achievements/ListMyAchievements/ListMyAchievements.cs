using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Loyalty.Achievements.ListMyAchievements;

/// <summary>The athlete's achievements: earned ones, the others in progress, hidden unearned ones as locked entries.</summary>
internal sealed record ListMyAchievements(Guid AthleteId) : IQuery<IReadOnlyList<MyAchievement>>;

/// <param name="Status"><c>earned</c>, <c>inProgress</c> or <c>locked</c> (hidden and not earned: no code, texts or badge).</param>
/// <param name="Progress">Shown for earned and progressive achievements; null otherwise.</param>
internal sealed record MyAchievement(
    Guid Id,
    string Status,
    string? Code,
    string? NameEn,
    string? NameRu,
    string? DescriptionEn,
    string? DescriptionRu,
    string? BadgeUrl,
    int Points,
    bool Repeatable,
    long? Progress,
    long? Target,
    int TimesAwarded,
    DateTime? FirstAwardedAt,
    DateTime? LastAwardedAt);
