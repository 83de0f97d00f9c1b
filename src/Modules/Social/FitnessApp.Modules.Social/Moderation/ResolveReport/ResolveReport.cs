using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Social.Moderation.ResolveReport;

/// <summary>
/// Operators: acts on a report's target (dismiss, hide, warn the owner, suspend the owner for <see cref="SuspendDays"/>)
/// and resolves every open report on that target; each reporter is told the outcome, never the note. Audited.
/// </summary>
internal sealed record ResolveReport(Guid ReportId, Guid OperatorId, string? Action, string? Note, int? SuspendDays) : ICommand<ReportDetail>
{
    public const int MaxSuspendDays = 365;
}
