using FitnessApp.Modules.Training.Data;
using FitnessApp.Modules.Training.Plans.Domain;
using MediatR;

namespace FitnessApp.Modules.Training.Plans.Templates.CreatePlanTemplate;

internal sealed class CreatePlanTemplateHandler(TrainingDbContext db, TimeProvider clock) : IRequestHandler<CreatePlanTemplate, PlanTemplateResponse>
{
    public Task<PlanTemplateResponse> Handle(CreatePlanTemplate request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var template = new PlanTemplate
        {
            NameEn = string.Empty,
            NameRu = string.Empty,
            DescriptionEn = string.Empty,
            DescriptionRu = string.Empty,
            CreatedAt = now,
            UpdatedAt = now,
        };
        template.Apply(request);
        db.PlanTemplates.Add(template);
        return Task.FromResult(PlanTemplateResponse.From(template, withWorkouts: true));
    }
}
