using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Contracts.Paging;

namespace FitnessApp.Modules.Training.Activities.ListActivities;

/// <summary>The owner's activities, newest first, optionally of one sport and within [from, to).</summary>
internal sealed record ListActivities(Guid OwnerId, string? Sport, DateTimeOffset? From, DateTimeOffset? To, string? Cursor, int Limit)
    : IQuery<Page<ActivityResponse>>
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
}
