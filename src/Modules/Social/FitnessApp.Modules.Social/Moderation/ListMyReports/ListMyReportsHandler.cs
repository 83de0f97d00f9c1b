using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Social.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Moderation.ListMyReports;

internal sealed class ListMyReportsHandler(SocialDbContext db) : IRequestHandler<ListMyReports, Page<ReportResponse>>
{
    public async Task<Page<ReportResponse>> Handle(ListMyReports request, CancellationToken cancellationToken)
    {
        var query = db.Reports.AsNoTracking().Where(r => r.ReporterId == request.ReporterId);
        if (KeysetCursor.TryDecode(request.Cursor, out var after))
        {
            query = query.Where(r => r.CreatedAt < after.At || (r.CreatedAt == after.At && r.Id.CompareTo(after.Id) < 0));
        }

        var rows = await query.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).Take(request.Limit + 1).ToListAsync(cancellationToken);
        var page = rows.Take(request.Limit).ToList();
        var next = rows.Count > request.Limit ? new KeysetCursor(page[^1].CreatedAt, page[^1].Id).Encode() : null;
        return new Page<ReportResponse>(page.Select(ReportResponse.From).ToList(), next);
    }
}
