using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Training.Activities.GetActivityStreams;

/// <summary>
/// The samples of an activity's track, as far as <see cref="ViewerId"/> may see the activity.
/// <see cref="Resolution"/>: at most that many points (evenly picked, first and last kept), <c>full</c> for all;
/// <see cref="DefaultResolution"/> when not given.
/// </summary>
internal sealed record GetActivityStreams(Guid ActivityId, Guid ViewerId, string? Resolution) : IQuery<ActivityStreamsResponse>
{
    public const int DefaultResolution = 1000;
    public const int MinResolution = 2;
    public const int MaxResolution = 100_000;
    public const string Full = "full";
}
