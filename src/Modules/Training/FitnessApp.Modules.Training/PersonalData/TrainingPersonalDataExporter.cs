using FitnessApp.Modules.Accounts.Contracts.PersonalData;
using FitnessApp.Modules.Training.Activities.GetActivityStreams;
using FitnessApp.Modules.Training.Data;
using FitnessApp.Modules.Training.Streams;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Training.PersonalData;

/// <summary>
/// Training's part of an export: <c>activities.json</c> (with strength exercises), one <c>streams/{activityId}.json</c>
/// per recorded track (every sample plus its statistics: splits, zones, best efforts), gear, goals and plan enrolments
/// with their workouts. Plan templates are the operators', not the athlete's.
/// </summary>
internal sealed class TrainingPersonalDataExporter(TrainingDbContext db) : IPersonalDataExporter
{
    public string Module => TrainingModule.ModuleName;

    public async Task ExportAsync(Guid userId, IPersonalDataWriter writer, CancellationToken cancellationToken)
    {
        var activities = await db.Activities.AsNoTracking()
            .Include(a => a.Exercises).ThenInclude(e => e.Sets)
            .Where(a => a.OwnerId == userId)
            .OrderBy(a => a.StartTime).ThenBy(a => a.Id)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        await writer.WriteJsonAsync("activities", activities.Select(a => new
        {
            a.Id, a.Sport, a.Title, a.Notes, a.StartTime, a.TimeZone, a.LocalDate, a.ElapsedSeconds, a.MovingSeconds, a.DistanceMeters,
            a.ElevationGainMeters, a.AverageHeartRate, a.MaxHeartRate, a.Calories, a.PerceivedEffort, a.Visibility, a.GearId, a.Source,
            a.TrainingLoad, a.TrainingLoadMethod, a.DeviceName, a.CreatedAt, a.UpdatedAt,
            Exercises = a.Exercises.OrderBy(e => e.Position).Select(e => new
            {
                e.Name,
                Sets = e.Sets.OrderBy(s => s.Position).Select(s => new { s.Reps, s.WeightKg, s.RestSeconds }),
            }),
        }), cancellationToken);

        var ownIds = activities.Select(a => a.Id).ToList();
        var tracked = await db.ActivityStreams.AsNoTracking().Where(s => ownIds.Contains(s.ActivityId)).Select(s => s.ActivityId).ToListAsync(cancellationToken);
        foreach (var activityId in tracked.Order())
        {
            var stream = await db.ActivityStreams.AsNoTracking().Where(s => s.ActivityId == activityId)
                .Select(s => new { s.Data, s.StatisticsJson }).SingleAsync(cancellationToken);
            await writer.WriteJsonAsync($"streams/{activityId}", new
            {
                ActivityId = activityId,
                Samples = ActivityStreamsResponse.From(StreamCodec.Decode(stream.Data), maxPoints: null),
                Statistics = StreamJson.ReadStatistics(stream.StatisticsJson),
            }, cancellationToken);
        }

        var bestEfforts = await db.ActivityBestEfforts.AsNoTracking().Where(e => e.OwnerId == userId)
            .OrderBy(e => e.DistanceMeters).ThenBy(e => e.Seconds)
            .Select(e => new { e.ActivityId, e.Sport, e.DistanceMeters, e.Seconds, e.LocalDate })
            .ToListAsync(cancellationToken);
        await writer.WriteJsonAsync("best-efforts", bestEfforts, cancellationToken);

        var gear = await db.Gear.AsNoTracking().Where(g => g.OwnerId == userId).OrderBy(g => g.CreatedAt).ToListAsync(cancellationToken);
        await writer.WriteJsonAsync("gear", gear.Select(g => new
        {
            g.Id, g.Kind, g.Name, g.Brand, g.Model, g.Sports, g.InitialDistanceMeters, g.RetirementThresholdMeters, g.RetiredAt, g.CreatedAt, g.UpdatedAt,
        }), cancellationToken);

        var goals = await db.Goals.AsNoTracking().Where(g => g.OwnerId == userId).OrderBy(g => g.CreatedAt).ToListAsync(cancellationToken);
        await writer.WriteJsonAsync("goals", goals.Select(g => new { g.Id, g.Title, g.Period, g.Metric, g.Sport, g.TargetValue, g.CreatedAt, g.UpdatedAt }), cancellationToken);

        var plans = await db.PlanEnrolments.AsNoTracking().Include(e => e.Workouts)
            .Where(e => e.AthleteId == userId).OrderBy(e => e.EnrolledAt).ToListAsync(cancellationToken);
        await writer.WriteJsonAsync("plans", plans.Select(p => new
        {
            p.Id, p.TemplateId, p.NameEn, p.NameRu, p.StartDate, p.EndDate, p.EnrolledAt, p.LeftAt,
            Workouts = p.Workouts.OrderBy(w => w.Date).Select(w => new
            {
                w.Date, w.Week, w.Sport, w.DurationSeconds, w.DistanceMeters, w.Intensity, w.DescriptionEn, w.DescriptionRu, w.CompletedByActivityId,
            }),
        }), cancellationToken);
    }
}
