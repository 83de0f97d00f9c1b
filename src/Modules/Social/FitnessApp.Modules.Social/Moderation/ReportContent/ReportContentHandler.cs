using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Social.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Moderation.ReportContent;

internal sealed class ReportContentHandler(SocialDbContext db, ModerationTargets targets, TimeProvider clock) : IRequestHandler<ReportContent, ReportFiled>
{
    public async Task<ReportFiled> Handle(ReportContent request, CancellationToken cancellationToken)
    {
        var kind = WireNames.Parse<ReportTarget>(request.Target!);
        var owner = await targets.OwnerAsync(kind, request.TargetId, request.ReporterId, cancellationToken);
        if (owner == request.ReporterId)
        {
            throw FieldErrors.For("targetId", "You cannot report your own things.");
        }

        var open = await db.Reports.AsNoTracking().FirstOrDefaultAsync(
            r => r.ReporterId == request.ReporterId && r.Target == kind && r.TargetId == request.TargetId && r.Status == ReportStatus.Open, cancellationToken);
        if (open is not null)
        {
            return new ReportFiled(ReportResponse.From(open), Created: false);
        }

        var report = new Report
        {
            ReporterId = request.ReporterId,
            Target = kind,
            TargetId = request.TargetId,
            TargetOwnerId = owner,
            Reason = WireNames.Parse<ReportReason>(request.Reason!),
            Text = string.IsNullOrWhiteSpace(request.Text) ? null : request.Text.Trim(),
            Status = ReportStatus.Open,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Reports.Add(report);
        return new ReportFiled(ReportResponse.From(report), Created: true);
    }
}
