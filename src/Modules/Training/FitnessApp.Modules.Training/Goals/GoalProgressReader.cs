using FitnessApp.Modules.Accounts.Contracts.Profiles;
using FitnessApp.Modules.Training.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Training.Goals;

/// <summary>Goals with their progress: the athlete's time zone from Accounts, their activities of the needed periods in one query.</summary>
internal static class GoalProgressReader
{
    public static async Task<IReadOnlyList<GoalResponse>> ResponsesAsync(
        this TrainingDbContext db, IMediator mediator, TimeProvider clock, Guid ownerId, IReadOnlyList<Goal> goals, CancellationToken cancellationToken)
    {
        if (goals.Count == 0)
        {
            return [];
        }

        var zone = await TimeZoneOfAsync(mediator, ownerId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = GoalPeriods.Today(now, zone);
        var windows = goals.ToDictionary(
            g => g.Id,
            g => (Current: GoalPeriods.Window(g.Period, now, zone), Previous: GoalPeriods.Window(g.Period, now, zone, -1)));
        var from = windows.Values.Min(w => w.Previous.StartUtc);
        var to = windows.Values.Max(w => w.Current.EndUtc);
        var activities = await db.Activities.AsNoTracking()
            .Where(a => a.OwnerId == ownerId && a.StartTime >= from && a.StartTime < to)
            .Select(a => new GoalActivity(a.StartTime, a.Sport, a.DistanceMeters, a.MovingSeconds, a.ElevationGainMeters))
            .ToListAsync(cancellationToken);
        return goals.Select(g => new GoalResponse(
            g.Id, g.Period, g.Metric, g.Sport, g.TargetValue, g.Title,
            GoalProgress.Compute(g, windows[g.Id].Current, today, activities),
            GoalProgress.Compute(g, windows[g.Id].Previous, today, activities),
            g.CreatedAt, g.UpdatedAt)).ToList();
    }

    public static async Task<GoalResponse> ResponseAsync(
        this TrainingDbContext db, IMediator mediator, TimeProvider clock, Goal goal, CancellationToken cancellationToken) =>
        (await db.ResponsesAsync(mediator, clock, goal.OwnerId, [goal], cancellationToken))[0];

    /// <summary>The athlete's zone; UTC when Accounts does not know the athlete or the id is not known here.</summary>
    private static async Task<TimeZoneInfo> TimeZoneOfAsync(IMediator mediator, Guid ownerId, CancellationToken cancellationToken)
    {
        var profiles = await mediator.Send(new GetAthleteProfiles([ownerId]), cancellationToken);
        var id = profiles.FirstOrDefault(p => p.UserId == ownerId)?.TimeZone;
        return id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
    }
}
