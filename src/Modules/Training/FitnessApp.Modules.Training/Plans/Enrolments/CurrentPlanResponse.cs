using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Training.Domain;
using FitnessApp.Modules.Training.Plans.Domain;

namespace FitnessApp.Modules.Training.Plans.Enrolments;

/// <summary>The athlete's plan: its dates, adherence per plan week and overall, and every planned workout with its status.</summary>
internal sealed record CurrentPlanResponse(
    Guid Id,
    Guid TemplateId,
    string NameEn,
    string NameRu,
    DateOnly StartDate,
    DateOnly EndDate,
    int Done,
    int Missed,
    int Planned,
    int? AdherencePercent,
    IReadOnlyList<PlanWeekResponse> Weeks,
    IReadOnlyList<PlannedWorkoutResponse> Workouts)
{
    public static CurrentPlanResponse From(PlanEnrolment enrolment, DateOnly today)
    {
        var weekCount = PlanSchedule.WeekOf(enrolment.StartDate, enrolment.EndDate);
        var weeks = Enumerable.Range(1, weekCount).Select(week =>
        {
            var count = Adherence.Count(enrolment.Workouts.Where(w => w.Week == week), today);
            var start = PlanSchedule.WeekStart(enrolment.StartDate, week);
            return new PlanWeekResponse(week, start, start.AddDays(6), count.Done, count.Missed, count.Planned, count.Percent);
        }).ToList();
        var total = Adherence.Count(enrolment.Workouts, today);
        return new CurrentPlanResponse(
            enrolment.Id, enrolment.TemplateId, enrolment.NameEn, enrolment.NameRu, enrolment.StartDate, enrolment.EndDate,
            total.Done, total.Missed, total.Planned, total.Percent, weeks,
            enrolment.Workouts.OrderBy(w => w.Date).ThenBy(w => w.Id).Select(w => PlannedWorkoutResponse.From(w, today)).ToList());
    }
}

internal sealed record PlanWeekResponse(int Week, DateOnly StartDate, DateOnly EndDate, int Done, int Missed, int Planned, int? AdherencePercent);

/// <summary>A planned workout; <see cref="Status"/> is planned, done, missed or rest; <see cref="ActivityId"/> the activity that completed it.</summary>
internal sealed record PlannedWorkoutResponse(
    Guid Id,
    DateOnly Date,
    int Week,
    string Sport,
    int? DurationSeconds,
    double? DistanceMeters,
    string Intensity,
    string DescriptionEn,
    string DescriptionRu,
    string Status,
    Guid? ActivityId)
{
    public static PlannedWorkoutResponse From(PlannedWorkout w, DateOnly today) => new(
        w.Id, w.Date, w.Week, WireNames.Of(w.Sport), w.DurationSeconds, w.DistanceMeters, WireNames.Of(w.Intensity),
        w.DescriptionEn, w.DescriptionRu, WireNames.Of(w.StatusOn(today)), w.CompletedByActivityId);
}
