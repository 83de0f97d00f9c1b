using System.Security.Claims;
using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Accounts.PersonalData.Domain;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Accounts.PersonalData.Export.DownloadExport;

/// <summary>The zip of a ready export of the user (404 for another user's); <see cref="ExportArchive.Gone"/> once expired.</summary>
internal sealed record DownloadExport(Guid UserId, Guid ExportId) : IQuery<ExportArchive>;

/// <param name="Content">Null when the export expired (or its zip was already removed).</param>
internal sealed record ExportArchive(string FileName, byte[]? Content)
{
    public bool Gone => Content is null;
}

internal sealed class DownloadExportHandler(AccountsDbContext db, TimeProvider clock) : IRequestHandler<DownloadExport, ExportArchive>
{
    public async Task<ExportArchive> Handle(DownloadExport request, CancellationToken cancellationToken)
    {
        var export = await db.DataExports.AsNoTracking()
            .SingleOrDefaultAsync(e => e.Id == request.ExportId && e.UserId == request.UserId, cancellationToken)
            ?? throw new NotFoundException("Export", request.ExportId);
        var status = export.StatusAt(clock.GetUtcNow().UtcDateTime);
        var fileName = $"fitnessapp-export-{export.RequestedAt:yyyy-MM-dd}.zip";
        if (status == ExportStatuses.Expired)
        {
            return new ExportArchive(fileName, null);
        }

        if (status != ExportStatuses.Ready)
        {
            throw new ConflictException($"The export is {status}, not ready.");
        }

        var content = await db.DataExportArchives.Where(a => a.ExportId == export.Id).Select(a => a.Content).SingleOrDefaultAsync(cancellationToken);
        return new ExportArchive(fileName, content);
    }
}

internal static class DownloadExportEndpoint
{
    public static void MapDownloadExport(this IEndpointRouteBuilder group) =>
        group.MapGet(ExportRoutes.Download, Handle)
            .RequireAuthorization()
            .WithName("DownloadDataExport")
            .WithSummary("The zip of a ready export (application/zip); 410 once its 7 days are over, 409 while not ready")
            .Produces(StatusCodes.Status200OK, contentType: "application/zip")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status410Gone);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Handle(
        Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken)
    {
        var archive = await mediator.Send(new DownloadExport(principal.GetUserId(), id), cancellationToken);
        return archive.Content is { } content
            ? TypedResults.File(content, "application/zip", archive.FileName)
            : TypedResults.Problem(
                statusCode: StatusCodes.Status410Gone, title: "Export expired",
                detail: "Download links are valid for 7 days; request a new export.");
    }
}
