using FitnessApp.Modules.Accounts.PersonalData.Domain;

namespace FitnessApp.Modules.Accounts.PersonalData.Export;

/// <param name="Status">queued, running, ready, failed or expired.</param>
/// <param name="DownloadUrl">Only while ready.</param>
internal sealed record DataExportResponse(
    Guid Id,
    string Status,
    DateTime RequestedAt,
    DateTime? StartedAt,
    DateTime? CompletedAt,
    DateTime? ExpiresAt,
    long? SizeBytes,
    int? FileCount,
    string? DownloadUrl)
{
    public static DataExportResponse From(DataExport export, DateTime now)
    {
        var status = export.StatusAt(now);
        return new(
            export.Id, status, export.RequestedAt, export.StartedAt, export.CompletedAt, export.ExpiresAt, export.SizeBytes, export.FileCount,
            status == ExportStatuses.Ready ? ExportRoutes.DownloadUrl(export.Id) : null);
    }
}

internal static class ExportRoutes
{
    public const string Request = "/me/export";
    public const string List = "/me/exports";
    public const string One = "/me/exports/{id:guid}";
    public const string Download = "/me/exports/{id:guid}/download";

    public static string Url(Guid id) => $"/api/v1/accounts/me/exports/{id}";

    public static string DownloadUrl(Guid id) => $"/api/v1/accounts/me/exports/{id}/download";
}
