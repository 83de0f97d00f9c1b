using FitnessApp.Modules.Training.Data;
using MediatR;

namespace FitnessApp.Modules.Training.Plans.Templates.UpdatePlanTemplate;

internal sealed class UpdatePlanTemplateHandler(TrainingDbContext db, TimeProvider clock) : IRequestHandler<UpdatePlanTemplate, PlanTemplateResponse>
{
    public async Task<PlanTemplateResponse> Handle(UpdatePlanTemplate request, CancellationToken cancellationToken)
    {
        var template = await db.FindTemplateAsync(request.TemplateId, includeUnpublished: true, cancellationToken);
        template.Apply(request);

        // The replaced workouts are orphans EF deletes; the new ones carry their own keys, so they are added explicitly.
        db.AddRange(template.Workouts);
        template.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        return PlanTemplateResponse.From(template, withWorkouts: true);
    }
}
