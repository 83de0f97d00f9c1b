using System.Security.Claims;
using FitnessApp.Modules.Accounts.Contracts.Security;
using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Accounts.PersonalData.Domain;
using FitnessApp.Modules.Accounts.Security.Audit;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Data;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Jobs;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Accounts.PersonalData.Export.RequestExport;

/// <summary>Queues an export of everything the platform holds about the user; one at a time (409 while one is in progress).</summary>
internal sealed record RequestExport(Guid UserId) : ICommand<DataExportResponse>;

internal sealed class RequestExportHandler(AccountsDbContext db, AuditTrail audit, TimeProvider clock) : IRequestHandler<RequestExport, DataExportResponse>
{
    public async Task<DataExportResponse> Handle(RequestExport request, CancellationToken cancellationToken)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == request.UserId, cancellationToken)
            ?? throw new NotFoundException("Account", request.UserId);
        if (await db.DataExports.AnyAsync(e => e.UserId == user.Id && (e.Status == ExportStatuses.Queued || e.Status == ExportStatuses.Running), cancellationToken))
        {
            throw InProgress();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var export = new DataExport { Id = Guid.CreateVersion7(), UserId = user.Id, Status = ExportStatuses.Queued, RequestedAt = now };
        db.DataExports.Add(export);
        audit.Add(SecurityEventKind.DataExported, user, $"Export {export.Id} requested");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            throw InProgress();
        }

        return DataExportResponse.From(export, now);
    }

    private static ConflictException InProgress() => new("An export is already in progress; wait for it to finish.");
}

internal static class RequestExportEndpoint
{
    public static void MapRequestExport(this IEndpointRouteBuilder group) =>
        group.MapPost(ExportRoutes.Request, Handle)
            .RequireAuthorization()
            .WithName("RequestDataExport")
            .WithSummary("Queue a zip of all your data (JSON per module plus original activity files); 409 while one is in progress")
            .Produces<DataExportResponse>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Accepted<DataExportResponse>> Handle(
        ClaimsPrincipal principal, IMediator mediator, IJobQueue jobs, CancellationToken cancellationToken)
    {
        var export = await mediator.Send(new RequestExport(principal.GetUserId()), cancellationToken);
        await jobs.EnqueueAsync<BuildExportJob>(export.Id.ToString(), CancellationToken.None);
        return TypedResults.Accepted(ExportRoutes.Url(export.Id), export);
    }
}
