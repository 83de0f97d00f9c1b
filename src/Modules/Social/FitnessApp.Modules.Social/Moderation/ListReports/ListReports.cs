using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Contracts.Paging;

namespace FitnessApp.Modules.Social.Moderation.ListReports;

/// <summary>The operators' queue: one item per reported target (its latest report of <see cref="Status"/>), newest first.</summary>
internal sealed record ListReports(string? Status, string? Target, string? Cursor, int Limit = ListReports.DefaultLimit) : IQuery<Page<QueueItem>>
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
}
