using FitnessApp.Modules.Devices.Contracts.DailyMetrics;
using FitnessApp.Modules.Devices.Consent;
using FitnessApp.Modules.Devices.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Devices.DailyMetrics.GetDailyMetrics;

internal sealed class GetDailyMetricsHandler(DevicesDbContext db, IMediator mediator) : IRequestHandler<Contracts.DailyMetrics.GetDailyMetrics, IReadOnlyList<DailyMetricsDay>>
{
    public async Task<IReadOnlyList<DailyMetricsDay>> Handle(Contracts.DailyMetrics.GetDailyMetrics request, CancellationToken cancellationToken)
    {
        var rows = await db.DailyMetrics.AsNoTracking()
            .Where(d => d.OwnerId == request.AthleteId && d.Date >= request.From && d.Date <= request.To)
            .Select(d => new DailyMetricsDay(d.Date, d.Steps, d.RestingHeartRate, d.SleepMinutes, d.WeightKg))
            .ToListAsync(cancellationToken);
        var shown = await HealthDataConsent.GivenAsync(mediator, request.AthleteId, cancellationToken) ? rows : DailyMetricsWithoutHealthData.Of(rows);
        return shown.OrderBy(d => d.Date).ToList();
    }
}
