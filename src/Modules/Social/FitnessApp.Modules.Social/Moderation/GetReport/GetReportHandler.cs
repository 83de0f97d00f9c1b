using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Moderation.GetReport;

internal sealed class GetReportHandler(SocialDbContext db, ModerationTargets targets, AthleteDirectory athletes) : IRequestHandler<GetReport, ReportDetail>
{
    public async Task<ReportDetail> Handle(GetReport request, CancellationToken cancellationToken)
    {
        var report = await db.Reports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == request.ReportId, cancellationToken)
            ?? throw new NotFoundException("Report", request.ReportId);
        var all = await db.Reports.AsNoTracking().Where(r => r.Target == report.Target && r.TargetId == report.TargetId)
            .OrderByDescending(r => r.CreatedAt).ToListAsync(cancellationToken);
        var people = await athletes.ProfilesAsync(all.Select(r => r.ReporterId).Append(report.TargetOwnerId), cancellationToken);
        ModerationPerson Person(Guid id) => ModerationPerson.Of(people, id);
        return new ReportDetail(
            report.Id,
            WireNames.Of(report.Target),
            report.TargetId,
            await targets.DescribeAsync(report.Target, report.TargetId, cancellationToken),
            ModerationTargets.LinkOf(report.Target, report.TargetId),
            Person(report.TargetOwnerId),
            WireNames.Of(report.Status),
            report.Action is { } action ? WireNames.Of(action) : null,
            report.Note,
            report.ResolvedAt,
            report.ResolvedBy,
            all.Select(r => new ReportEntry(r.Id, Person(r.ReporterId), WireNames.Of(r.Reason), r.Text, r.CreatedAt, WireNames.Of(r.Status))).ToList());
    }
}
