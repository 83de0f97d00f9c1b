using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Loyalty.Contracts.Achievements;

/// <summary>
/// An athlete earned an achievement (for a repeatable one, <paramref name="Times"/> counts the awards so far). Social shows
/// it in the feed and notifies the athlete; <paramref name="BadgeUrl"/> is the badge image (SVG), served to anyone.
/// </summary>
public sealed record AchievementAwarded(
    Guid AthleteId,
    Guid AchievementId,
    string Code,
    string NameEn,
    string NameRu,
    string BadgeUrl,
    int Times,
    DateTime AwardedAt) : IntegrationEvent;
