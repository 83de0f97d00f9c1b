using FitnessApp.Modules.Training.Streams;

namespace FitnessApp.Modules.Training.Tests.Pages;

internal static class Statistics
{
    public static ActivityStatisticsResponse With(
        IReadOnlyList<SplitResponse>? kilometers = null, IReadOnlyList<SplitResponse>? miles = null) => new(
        5000, "positions", 1800, 1700, 2.9, 4.0, 340, 20, 20, 100, 120, 150, 170, null, null, null, null, null, null, null,
        kilometers ?? [], miles ?? [], [], 400, "met", 50, "duration");
}
