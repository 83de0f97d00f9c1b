using FitnessApp.Modules.Training.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Training.Plans.Templates.ListPlanTemplates;

internal sealed class ListPlanTemplatesHandler(TrainingDbContext db) : IRequestHandler<ListPlanTemplates, IReadOnlyList<PlanTemplateResponse>>
{
    public async Task<IReadOnlyList<PlanTemplateResponse>> Handle(ListPlanTemplates request, CancellationToken cancellationToken)
    {
        var templates = await db.Live().AsNoTracking()
            .Where(t => request.IncludeUnpublished || t.IsPublished)
            .Include(t => t.Workouts)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return templates.OrderBy(t => t.Weeks).ThenBy(t => t.NameEn, StringComparer.Ordinal)
            .Select(t => PlanTemplateResponse.From(t, withWorkouts: false)).ToList();
    }
}
