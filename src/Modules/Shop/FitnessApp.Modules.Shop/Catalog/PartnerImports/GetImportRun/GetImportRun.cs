using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shop.Catalog.PartnerImports.Admin;
using FitnessApp.Modules.Shop.Data;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Shop.Catalog.PartnerImports.GetImportRun;

/// <summary>One run's report: counts and the rejected rows with their reasons.</summary>
internal sealed record GetImportRun(Guid RunId) : IQuery<ImportRunResponse>;

internal sealed class GetImportRunHandler(ShopDbContext db) : IRequestHandler<GetImportRun, ImportRunResponse>
{
    public async Task<ImportRunResponse> Handle(GetImportRun request, CancellationToken cancellationToken)
    {
        var run = await db.PartnerImportRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == request.RunId, cancellationToken)
            ?? throw new NotFoundException("Import run", request.RunId);
        return ImportRunResponse.From(run, withRows: true);
    }
}

internal static class GetImportRunEndpoint
{
    public static void MapGetImportRun(this IEndpointRouteBuilder group) =>
        group.MapGet(PartnerImportRoutes.Feeds + "/runs/{runId:guid}", Handle)
            .WithName("GetPartnerImportRun")
            .WithSummary("Operators: an import run's report (created, updated, unchanged, archived, rejected rows with their reasons)")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<ImportRunResponse>> Handle(Guid runId, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetImportRun(runId), cancellationToken));
}
