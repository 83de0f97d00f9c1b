using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Training.Activities.GetTrainingTotals;

/// <summary>One grouped query for all athletes; private (and owner-only, always private) activities are left out.</summary>
internal sealed class GetTrainingTotalsHandler(TrainingDbContext db) : IRequestHandler<Contracts.Activities.GetTrainingTotals, IReadOnlyList<TrainingTotals>>
{
    public async Task<IReadOnlyList<TrainingTotals>> Handle(Contracts.Activities.GetTrainingTotals request, CancellationToken cancellationToken)
    {
        var ids = request.AthleteIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var from = DateTime.SpecifyKind(request.From, DateTimeKind.Utc);
        var to = DateTime.SpecifyKind(request.To, DateTimeKind.Utc);
        var query = db.Activities.AsNoTracking()
            .Where(a => ids.Contains(a.OwnerId) && a.StartTime >= from && a.StartTime < to && a.Visibility != Visibility.Private && !a.OwnerOnly);
        if (request.Sport is { } sport)
        {
            query = query.Where(a => a.Sport == sport);
        }

        var rows = await query
            .GroupBy(a => a.OwnerId)
            .Select(g => new { AthleteId = g.Key, Distance = g.Sum(a => a.DistanceMeters ?? 0), Moving = g.Sum(a => (long)a.MovingSeconds), Count = g.Count() })
            .ToListAsync(cancellationToken);
        var found = rows.ToDictionary(r => r.AthleteId);
        return ids.Select(id => found.TryGetValue(id, out var r)
            ? new TrainingTotals(id, r.Distance, r.Moving, r.Count)
            : new TrainingTotals(id, 0, 0, 0)).ToList();
    }
}
