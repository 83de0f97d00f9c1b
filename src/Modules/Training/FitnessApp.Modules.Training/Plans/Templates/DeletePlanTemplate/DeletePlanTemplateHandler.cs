using FitnessApp.Modules.Training.Data;
using MediatR;

namespace FitnessApp.Modules.Training.Plans.Templates.DeletePlanTemplate;

internal sealed class DeletePlanTemplateHandler(TrainingDbContext db, TimeProvider clock) : IRequestHandler<DeletePlanTemplate, Unit>
{
    public async Task<Unit> Handle(DeletePlanTemplate request, CancellationToken cancellationToken)
    {
        var template = await db.FindTemplateAsync(request.TemplateId, includeUnpublished: true, cancellationToken);
        template.DeletedAt = clock.GetUtcNow().UtcDateTime;
        template.IsPublished = false;
        return Unit.Value;
    }
}
