using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Contracts.Paging;

namespace FitnessApp.Modules.Social.Moderation.ListMyReports;

/// <summary>The reporter's reports, newest first, with their outcome.</summary>
internal sealed record ListMyReports(Guid ReporterId, string? Cursor, int Limit = ListMyReports.DefaultLimit) : IQuery<Page<ReportResponse>>
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
}
