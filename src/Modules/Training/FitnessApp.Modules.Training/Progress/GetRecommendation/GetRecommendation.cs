using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Training.Progress.GetRecommendation;

/// <summary>What the owner should do today, from their form and the last days' load (<see cref="Recommendations"/>).</summary>
internal sealed record GetRecommendation(Guid OwnerId) : IQuery<RecommendationResponse>;

/// <param name="Date">Today where the athlete lives.</param>
/// <param name="Fitness">At the end of yesterday.</param>
/// <param name="Fatigue">At the end of yesterday.</param>
/// <param name="Form">At the end of yesterday: what today starts with.</param>
/// <param name="TodayLoad">Already recorded today.</param>
/// <param name="LastDays">The 7 days before today, oldest first.</param>
internal sealed record RecommendationResponse(
    DateOnly Date,
    RecommendedIntensity Intensity,
    RecommendationReason Reason,
    double Fitness,
    double Fatigue,
    double Form,
    double TodayLoad,
    double Last7DaysLoad,
    IReadOnlyList<DailyLoad> LastDays);

internal sealed record DailyLoad(DateOnly Date, double Load);
