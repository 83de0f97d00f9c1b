using FitnessApp.Modules.Training.Data;
using MediatR;

namespace FitnessApp.Modules.Training.Plans.Enrolments.GetCurrentPlan;

internal sealed class GetCurrentPlanHandler(TrainingDbContext db, TimeProvider clock) : IRequestHandler<GetCurrentPlan, CurrentPlanResponse>
{
    public async Task<CurrentPlanResponse> Handle(GetCurrentPlan request, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var enrolment = await db.FindActiveEnrolmentAsync(request.AthleteId, today, cancellationToken) ?? throw EnrolmentLoading.NoCurrentPlan();
        return CurrentPlanResponse.From(enrolment, today);
    }
}
