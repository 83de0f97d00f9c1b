using FitnessApp.Modules.Training.Data;
using MediatR;

namespace FitnessApp.Modules.Training.Plans.Enrolments.LeavePlan;

internal sealed class LeavePlanHandler(TrainingDbContext db, TimeProvider clock) : IRequestHandler<LeavePlan, Unit>
{
    public async Task<Unit> Handle(LeavePlan request, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var enrolment = await db.FindActiveEnrolmentAsync(request.AthleteId, today, cancellationToken) ?? throw EnrolmentLoading.NoCurrentPlan();
        enrolment.LeftAt = clock.GetUtcNow().UtcDateTime;
        db.PlannedWorkouts.RemoveRange(enrolment.Workouts.Where(w => w.Date >= today && w.CompletedByActivityId is null));
        return Unit.Value;
    }
}
