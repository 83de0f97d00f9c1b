using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Contracts.Paging;

namespace FitnessApp.Modules.Social.Interactions.ListKudos;

/// <summary>Who cheered an activity the viewer may see, newest first (givers blocked either way with the viewer left out).</summary>
internal sealed record ListKudos(Guid ActivityId, Guid ViewerId, string? Cursor, int Limit) : IQuery<Page<KudosGiverResponse>>
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 100;
}
