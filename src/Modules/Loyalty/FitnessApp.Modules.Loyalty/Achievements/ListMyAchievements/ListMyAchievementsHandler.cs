using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Loyalty.Pages;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Achievements.ListMyAchievements;

/// <summary>Earned first (latest first), then the rest in catalogue order; disabled ones only when earned.</summary>
internal sealed class ListMyAchievementsHandler(LoyaltyDbContext db) : IRequestHandler<ListMyAchievements, IReadOnlyList<MyAchievement>>
{
    public const string Earned = "earned";
    public const string InProgress = "inProgress";
    public const string Locked = "locked";

    public async Task<IReadOnlyList<MyAchievement>> Handle(ListMyAchievements request, CancellationToken cancellationToken)
    {
        var definitions = await db.AchievementDefinitions.AsNoTracking()
            .OrderBy(d => d.SortOrder).ThenBy(d => d.Code)
            .Select(d => new { d.Id, d.Code, d.NameEn, d.NameRu, d.DescriptionEn, d.DescriptionRu, d.Points, d.Hidden, d.Progressive, d.Repeatable, d.Enabled, d.ParametersJson })
            .ToListAsync(cancellationToken);
        var states = await db.AthleteAchievements.AsNoTracking()
            .Where(s => s.AthleteId == request.AthleteId)
            .ToDictionaryAsync(s => s.AchievementId, cancellationToken);
        var items = new List<MyAchievement>();
        foreach (var d in definitions)
        {
            states.TryGetValue(d.Id, out var state);
            var earned = state is { TimesAwarded: > 0 };
            if (!earned && !d.Enabled)
            {
                continue;
            }

            if (!earned && d.Hidden)
            {
                items.Add(new MyAchievement(d.Id, Locked, null, null, null, null, null, null, d.Points, false, null, null, 0, null, null));
                continue;
            }

            var target = state?.Target ?? Domain.CheckerParameters.Parse(d.ParametersJson).Target;
            var showProgress = earned || d.Progressive;
            items.Add(new MyAchievement(
                d.Id, earned ? Earned : InProgress, d.Code, d.NameEn, d.NameRu, d.DescriptionEn, d.DescriptionRu, LoyaltyPaths.Badge(d.Code), d.Points,
                d.Repeatable, showProgress ? state?.Progress ?? 0 : null, showProgress ? target : null, state?.TimesAwarded ?? 0,
                state?.FirstAwardedAt, state?.LastAwardedAt));
        }

        return [.. items.OrderBy(i => i.Status == Earned ? 0 : i.Status == InProgress ? 1 : 2).ThenByDescending(i => i.LastAwardedAt)];
    }
}
