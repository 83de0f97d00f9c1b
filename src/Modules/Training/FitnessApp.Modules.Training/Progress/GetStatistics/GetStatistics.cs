using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Training.Progress.GetStatistics;

/// <summary>
/// The owner's totals by sport for the period (week, month, year) containing <see cref="From"/> (yyyy-MM-dd; today
/// where the athlete lives when absent), the last <see cref="SeriesLength"/> periods for charts, and the streaks.
/// </summary>
internal sealed record GetStatistics(Guid OwnerId, string? Period, string? From) : IQuery<StatisticsResponse>
{
    public const int SeriesLength = 12;
    public const string DefaultPeriod = "week";
}
