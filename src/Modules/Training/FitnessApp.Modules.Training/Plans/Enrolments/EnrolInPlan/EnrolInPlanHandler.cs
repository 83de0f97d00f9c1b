using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Training.Data;
using FitnessApp.Modules.Training.Plans.Completion;
using FitnessApp.Modules.Training.Plans.Domain;
using FitnessApp.Modules.Training.Plans.Templates;
using MediatR;

namespace FitnessApp.Modules.Training.Plans.Enrolments.EnrolInPlan;

internal sealed class EnrolInPlanHandler(TrainingDbContext db, TimeProvider clock) : IRequestHandler<EnrolInPlan, CurrentPlanResponse>
{
    public async Task<CurrentPlanResponse> Handle(EnrolInPlan request, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        if (await db.FindActiveEnrolmentAsync(request.AthleteId, today, cancellationToken) is { } active)
        {
            throw new ConflictException(
                "You already follow a plan; leave it before enrolling in another.",
                new Dictionary<string, object?> { ["enrolmentId"] = active.Id });
        }

        var template = await db.FindTemplateAsync(request.TemplateId!.Value, includeUnpublished: false, cancellationToken);
        var enrolment = PlanSchedule.Enrol(template, request.AthleteId, request.StartDate!.Value, clock.GetUtcNow().UtcDateTime);
        db.PlanEnrolments.Add(enrolment);
        await db.SaveChangesAsync(cancellationToken);

        // A plan started in the past is completed at once by the activities already recorded on its days.
        var pastDays = enrolment.Workouts.Where(w => w.Date <= today).Select(w => w.Date).ToList();
        await db.ReconcileAsync(request.AthleteId, pastDays, cancellationToken);
        return CurrentPlanResponse.From(enrolment, today);
    }
}
