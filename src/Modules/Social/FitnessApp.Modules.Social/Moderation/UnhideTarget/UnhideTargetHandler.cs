using FitnessApp.Modules.Accounts.Contracts.Security;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Social.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Moderation.UnhideTarget;

internal sealed class UnhideTargetHandler(SocialDbContext db, ModerationTargets targets, IMediator mediator) : IRequestHandler<UnhideTarget, Unit>
{
    public async Task<Unit> Handle(UnhideTarget request, CancellationToken cancellationToken)
    {
        var report = await db.Reports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == request.ReportId, cancellationToken)
            ?? throw new NotFoundException("Report", request.ReportId);
        if (report.Action != ModerationAction.Hide)
        {
            throw new ConflictException("This report did not hide its target.");
        }

        if (targets.Find(report.Target) is { } target)
        {
            await target.UnhideAsync(report.TargetId, cancellationToken);
        }

        await mediator.Send(new WriteAuditEntry(SecurityEventKind.ModerationAction, report.TargetOwnerId,
            $"unhide {WireNames.Of(report.Target)} {report.TargetId} (by operator {request.OperatorId})"), cancellationToken);
        return Unit.Value;
    }
}
