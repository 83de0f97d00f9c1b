using FitnessApp.Modules.Accounts.Contracts.PersonalData;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.PersonalData;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Moderation;

/// <summary>
/// reports.json: the reports the user made, with their outcome (never an operator's note). Erasure deletes them; reports
/// about the user's things stay for the moderation record without naming the user, and an erased operator's name leaves
/// the resolutions.
/// </summary>
internal sealed class ReportsDataPart(SocialDbContext db) : ISocialDataPart
{
    public async Task ExportAsync(Guid userId, IPersonalDataWriter writer, CancellationToken cancellationToken)
    {
        var reports = await db.Reports.AsNoTracking().Where(r => r.ReporterId == userId).OrderBy(r => r.CreatedAt).ToListAsync(cancellationToken);
        await writer.WriteJsonAsync("reports", reports.Select(r => new
        {
            Target = WireNames.Of(r.Target),
            r.TargetId,
            Reason = WireNames.Of(r.Reason),
            r.Text,
            Status = WireNames.Of(r.Status),
            r.CreatedAt,
            r.ResolvedAt,
            Outcome = r.Action is { } action ? WireNames.Of(action) : null,
        }).ToList(), cancellationToken);
    }

    public async Task EraseAsync(Guid userId, CancellationToken cancellationToken)
    {
        await db.Reports.Where(r => r.ReporterId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.Reports.Where(r => r.TargetOwnerId == userId).ExecuteUpdateAsync(s => s.SetProperty(r => r.TargetOwnerId, Guid.Empty), cancellationToken);
        await db.Reports.Where(r => r.ResolvedBy == userId).ExecuteUpdateAsync(s => s.SetProperty(r => r.ResolvedBy, (Guid?)null), cancellationToken);
        await db.Reports.Where(r => r.Target == ReportTarget.Athlete && r.TargetId == userId).ExecuteDeleteAsync(cancellationToken);
    }
}
