using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Training.Data;
using FitnessApp.Modules.Training.Plans.Domain;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Training.Plans.Enrolments;

internal static class EnrolmentLoading
{
    /// <summary>The athlete's active enrolment (not left, not over) with its workouts, tracked; null when there is none.</summary>
    public static Task<PlanEnrolment?> FindActiveEnrolmentAsync(this TrainingDbContext db, Guid athleteId, DateOnly today, CancellationToken cancellationToken) =>
        db.PlanEnrolments.Include(e => e.Workouts)
            .Where(e => e.AthleteId == athleteId && e.LeftAt == null && e.EndDate >= today)
            .OrderByDescending(e => e.StartDate)
            .FirstOrDefaultAsync(cancellationToken);

    public static NotFoundException NoCurrentPlan() => new("Current plan enrolment", "current");
}
