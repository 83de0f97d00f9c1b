using FitnessApp.Modules.Accounts.Contracts.Security;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Moderation.GetReport;
using FitnessApp.Modules.Social.Notifications;
using FitnessApp.Modules.Social.Pages;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Moderation.ResolveReport;

internal sealed class ResolveReportHandler(SocialDbContext db, ModerationTargets targets, Notifier notifier, IMediator mediator, TimeProvider clock)
    : IRequestHandler<ResolveReport, ReportDetail>
{
    public async Task<ReportDetail> Handle(ResolveReport request, CancellationToken cancellationToken)
    {
        var report = await db.Reports.SingleOrDefaultAsync(r => r.Id == request.ReportId, cancellationToken)
            ?? throw new NotFoundException("Report", request.ReportId);
        if (report.Status != ReportStatus.Open)
        {
            throw new ConflictException("This report is already resolved.");
        }

        var action = WireNames.Parse<ModerationAction>(request.Action!);
        var now = clock.GetUtcNow().UtcDateTime;
        var description = await targets.DescribeAsync(report.Target, report.TargetId, cancellationToken);
        var link = ModerationTargets.LinkOf(report.Target, report.TargetId) ?? SocialPaths.Notifications;
        await ActAsync(report, action, request, description, link, now, cancellationToken);

        var open = await db.Reports.Where(r => r.Target == report.Target && r.TargetId == report.TargetId && r.Status == ReportStatus.Open)
            .ToListAsync(cancellationToken);
        var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        foreach (var resolved in open)
        {
            resolved.Status = ReportStatus.Resolved;
            resolved.ResolvedAt = now;
            resolved.ResolvedBy = request.OperatorId;
            resolved.Action = action;
            resolved.Note = note;
        }

        foreach (var reporter in open.Select(r => r.ReporterId).Distinct())
        {
            notifier.Notify(reporter, NotificationKind.ReportOutcome, null, report.Id, SocialPaths.Notifications, WireNames.Of(action));
        }

        await mediator.Send(new WriteAuditEntry(SecurityEventKind.ModerationAction, report.TargetOwnerId,
            $"{WireNames.Of(action)} {WireNames.Of(report.Target)} {report.TargetId} after {open.Count} report(s) (by operator {request.OperatorId})"
            + (note is null ? string.Empty : $": {note}")), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetReport.GetReport(report.Id), cancellationToken);
    }

    private async Task ActAsync(Report report, ModerationAction action, ResolveReport request, string? description, string link, DateTime now, CancellationToken cancellationToken)
    {
        switch (action)
        {
            case ModerationAction.Hide:
                if (targets.Find(report.Target) is { } target)
                {
                    await target.HideAsync(report.TargetId, now, cancellationToken);
                }

                break;
            case ModerationAction.Warn:
                notifier.Notify(report.TargetOwnerId, NotificationKind.Warning, null, report.Id, link, description);
                break;
            case ModerationAction.Suspend:
                var until = clock.GetUtcNow().AddDays(request.SuspendDays!.Value);
                await mediator.Send(new SuspendAccount(report.TargetOwnerId, request.OperatorId, until, request.Note), cancellationToken);
                break;
        }
    }
}
