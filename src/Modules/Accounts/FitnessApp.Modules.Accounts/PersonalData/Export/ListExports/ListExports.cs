using System.Security.Claims;
using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Accounts.PersonalData.Export.ListExports;

/// <summary>The user's most recent exports, newest first (there are few: one at a time, links live 7 days).</summary>
internal sealed record ListExports(Guid UserId) : IQuery<IReadOnlyList<DataExportResponse>>
{
    public const int Limit = 20;
}

internal sealed class ListExportsHandler(AccountsDbContext db, TimeProvider clock) : IRequestHandler<ListExports, IReadOnlyList<DataExportResponse>>
{
    public async Task<IReadOnlyList<DataExportResponse>> Handle(ListExports request, CancellationToken cancellationToken)
    {
        var exports = await db.DataExports.AsNoTracking()
            .Where(e => e.UserId == request.UserId)
            .OrderByDescending(e => e.RequestedAt).ThenByDescending(e => e.Id)
            .Take(ListExports.Limit)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        return [.. exports.Select(e => DataExportResponse.From(e, now))];
    }
}

internal static class ListExportsEndpoint
{
    public static void MapListExports(this IEndpointRouteBuilder group) =>
        group.MapGet(ExportRoutes.List, Handle)
            .RequireAuthorization()
            .WithName("ListDataExports")
            .WithSummary("Your most recent exports, newest first")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<Ok<IReadOnlyList<DataExportResponse>>> Handle(ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListExports(principal.GetUserId()), cancellationToken));
}
