using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Social.Moderation.ReportContent;

/// <summary>
/// Reports something the reporter can see (404 otherwise) and does not own (400). While the reporter's report on the
/// target is open, reporting it again answers that report (<see cref="ReportFiled.Created"/> false).
/// </summary>
internal sealed record ReportContent(Guid ReporterId, string? Target, Guid TargetId, string? Reason, string? Text) : ICommand<ReportFiled>;

internal sealed record ReportFiled(ReportResponse Report, bool Created);
