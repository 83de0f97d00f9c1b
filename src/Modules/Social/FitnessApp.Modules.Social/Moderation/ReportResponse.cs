using FitnessApp.Modules.Shared.Web;

namespace FitnessApp.Modules.Social.Moderation;

/// <summary>A report as its reporter sees it: the outcome once resolved, never the operator's note.</summary>
/// <param name="Outcome">The action taken (camelCase), null while open.</param>
internal sealed record ReportResponse(
    Guid Id,
    string Target,
    Guid TargetId,
    string Reason,
    string? Text,
    string Status,
    DateTime CreatedAt,
    DateTime? ResolvedAt,
    string? Outcome)
{
    public static ReportResponse From(Report r) => new(
        r.Id,
        WireNames.Of(r.Target),
        r.TargetId,
        WireNames.Of(r.Reason),
        r.Text,
        WireNames.Of(r.Status),
        r.CreatedAt,
        r.ResolvedAt,
        r.Action is { } action ? WireNames.Of(action) : null);
}
