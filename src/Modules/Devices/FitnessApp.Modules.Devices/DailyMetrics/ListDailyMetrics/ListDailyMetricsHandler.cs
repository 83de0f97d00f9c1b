using System.Globalization;
using FitnessApp.Modules.Devices.Contracts.DailyMetrics;
using MediatR;

namespace FitnessApp.Modules.Devices.DailyMetrics.ListDailyMetrics;

internal sealed class ListDailyMetricsHandler(IMediator mediator) : IRequestHandler<ListDailyMetrics, IReadOnlyList<DailyMetricsDay>>
{
    public Task<IReadOnlyList<DailyMetricsDay>> Handle(ListDailyMetrics request, CancellationToken cancellationToken)
    {
        var from = DateOnly.ParseExact(request.From!, DailyMetricsRange.DateFormat, CultureInfo.InvariantCulture);
        var to = DateOnly.ParseExact(request.To!, DailyMetricsRange.DateFormat, CultureInfo.InvariantCulture);
        return mediator.Send(new Contracts.DailyMetrics.GetDailyMetrics(request.AthleteId, from, to), cancellationToken);
    }
}
