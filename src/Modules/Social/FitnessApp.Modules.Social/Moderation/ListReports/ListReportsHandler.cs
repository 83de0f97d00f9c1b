using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Moderation.ListReports;

internal sealed class ListReportsHandler(SocialDbContext db, ModerationTargets targets, AthleteDirectory athletes) : IRequestHandler<ListReports, Page<QueueItem>>
{
    public async Task<Page<QueueItem>> Handle(ListReports request, CancellationToken cancellationToken)
    {
        var status = request.Status is null ? ReportStatus.Open : WireNames.Parse<ReportStatus>(request.Status);
        var reports = db.Reports.AsNoTracking().Where(r => r.Status == status);
        if (request.Target is not null)
        {
            var target = WireNames.Parse<ReportTarget>(request.Target);
            reports = reports.Where(r => r.Target == target);
        }

        // The latest report of each target stands for the target.
        var latest = reports.Where(r => !db.Reports.Any(o => o.Status == status && o.Target == r.Target && o.TargetId == r.TargetId
            && (o.CreatedAt > r.CreatedAt || (o.CreatedAt == r.CreatedAt && o.Id.CompareTo(r.Id) > 0))));
        if (KeysetCursor.TryDecode(request.Cursor, out var after))
        {
            latest = latest.Where(r => r.CreatedAt < after.At || (r.CreatedAt == after.At && r.Id.CompareTo(after.Id) < 0));
        }

        var rows = await latest.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
            .Select(r => new { Report = r, Count = db.Reports.Count(o => o.Status == status && o.Target == r.Target && o.TargetId == r.TargetId) })
            .Take(request.Limit + 1)
            .ToListAsync(cancellationToken);
        var page = rows.Take(request.Limit).ToList();
        var people = await athletes.ProfilesAsync(page.Select(x => x.Report.TargetOwnerId), cancellationToken);
        ModerationPerson Person(Guid id) => ModerationPerson.Of(people, id);
        var items = new List<QueueItem>(page.Count);
        foreach (var (report, count) in page.Select(x => (x.Report, x.Count)))
        {
            items.Add(new QueueItem(
                report.Id,
                WireNames.Of(report.Target),
                report.TargetId,
                await targets.DescribeAsync(report.Target, report.TargetId, cancellationToken),
                ModerationTargets.LinkOf(report.Target, report.TargetId),
                Person(report.TargetOwnerId),
                count,
                WireNames.Of(report.Reason),
                report.CreatedAt,
                WireNames.Of(report.Status),
                report.Action is { } action ? WireNames.Of(action) : null));
        }

        var next = rows.Count > request.Limit ? new KeysetCursor(page[^1].Report.CreatedAt, page[^1].Report.Id).Encode() : null;
        return new Page<QueueItem>(items, next);
    }
}
