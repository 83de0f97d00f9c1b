using FitnessApp.Modules.Accounts.Security.Audit.SearchAuditLog;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Accounts.Admin.SearchAudit;

internal static class SearchAuditEndpoint
{
    public const int DefaultPageSize = 50;

    public static void MapSearchAudit(this IEndpointRouteBuilder group) =>
        group.MapGet("/audit", Handle)
            .WithName("AdminSearchAudit")
            .WithSummary("The audit log, newest first: filter by account (userId or part of an email as 'user'), kind and time in [from, to); one page with the total (operators)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

    private static async Task<Ok<AuditLogPage>> Handle(
        IMediator mediator,
        Guid? userId,
        string? user,
        string? kind,
        DateTimeOffset? from,
        DateTimeOffset? to,
        int? page,
        int? pageSize,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(
            new SearchAuditLog(
                userId?.ToString() ?? user,
                string.IsNullOrWhiteSpace(kind) ? null : kind.Trim(),
                from?.UtcDateTime,
                to?.UtcDateTime,
                page ?? 1,
                pageSize ?? DefaultPageSize),
            cancellationToken));
}
