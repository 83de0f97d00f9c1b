using System.Text.Json;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Shop.Catalog.PartnerImports.Domain;
using FitnessApp.Modules.Shop.Catalog.PartnerImports.Runs;

namespace FitnessApp.Modules.Shop.Catalog.PartnerImports.Admin;

internal sealed record PartnerFeedResponse(
    Guid Id,
    string Code,
    string Name,
    string Format,
    string? Url,
    int IntervalHours,
    bool Enabled,
    Guid? DefaultCategoryId,
    DateTime CreatedAt,
    DateTime? LastRunAt,
    bool Running)
{
    public static PartnerFeedResponse From(PartnerFeed feed) =>
        new(feed.Id, feed.Code, feed.Name, WireNames.Of(feed.Format), feed.Url, feed.IntervalHours, feed.Enabled, feed.DefaultCategoryId,
            feed.CreatedAt, feed.LastRunAt, feed.RunningRunId is not null);
}

/// <summary>A run and its counts; <see cref="RejectedRows"/> (the first 500, by row) only in a single run's report.</summary>
internal sealed record ImportRunResponse(
    Guid Id,
    Guid FeedId,
    string Trigger,
    string Status,
    string? FileName,
    DateTime QueuedAt,
    DateTime? StartedAt,
    DateTime? FinishedAt,
    int Rows,
    int Created,
    int Updated,
    int Unchanged,
    int Archived,
    int Rejected,
    string? Error,
    IReadOnlyList<RejectedRow>? RejectedRows)
{
    public static ImportRunResponse From(PartnerImportRun run, bool withRows) =>
        new(run.Id, run.FeedId, WireNames.Of(run.Trigger), WireNames.Of(run.Status), run.FileName, run.QueuedAt, run.StartedAt, run.FinishedAt,
            run.Rows, run.Created, run.Updated, run.Unchanged, run.Archived, run.Rejected, run.Error,
            withRows ? JsonSerializer.Deserialize<List<RejectedRow>>(run.RejectedJson, PartnerImportRunner.ReportJson) ?? [] : null);
}
