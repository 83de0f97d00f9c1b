using System.Security.Claims;
using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Accounts.PersonalData.Export.GetExport;

/// <summary>One of the user's exports; another user's is 404.</summary>
internal sealed record GetExport(Guid UserId, Guid ExportId) : IQuery<DataExportResponse>;

internal sealed class GetExportHandler(AccountsDbContext db, TimeProvider clock) : IRequestHandler<GetExport, DataExportResponse>
{
    public async Task<DataExportResponse> Handle(GetExport request, CancellationToken cancellationToken)
    {
        var export = await db.DataExports.AsNoTracking()
            .SingleOrDefaultAsync(e => e.Id == request.ExportId && e.UserId == request.UserId, cancellationToken)
            ?? throw new NotFoundException("Export", request.ExportId);
        return DataExportResponse.From(export, clock.GetUtcNow().UtcDateTime);
    }
}

internal static class GetExportEndpoint
{
    public static void MapGetExport(this IEndpointRouteBuilder group) =>
        group.MapGet(ExportRoutes.One, Handle)
            .RequireAuthorization()
            .WithName("GetDataExport")
            .WithSummary("One of your exports: status (queued, running, ready, failed, expired), size, expiry, download link")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<DataExportResponse>> Handle(Guid id, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetExport(principal.GetUserId(), id), cancellationToken));
}
