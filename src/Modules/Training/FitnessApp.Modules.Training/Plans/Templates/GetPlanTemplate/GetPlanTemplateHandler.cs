using FitnessApp.Modules.Training.Data;
using MediatR;

namespace FitnessApp.Modules.Training.Plans.Templates.GetPlanTemplate;

internal sealed class GetPlanTemplateHandler(TrainingDbContext db) : IRequestHandler<GetPlanTemplate, PlanTemplateResponse>
{
    public async Task<PlanTemplateResponse> Handle(GetPlanTemplate request, CancellationToken cancellationToken) =>
        PlanTemplateResponse.From(await db.FindTemplateAsync(request.TemplateId, request.IncludeUnpublished, cancellationToken), withWorkouts: true);
}
