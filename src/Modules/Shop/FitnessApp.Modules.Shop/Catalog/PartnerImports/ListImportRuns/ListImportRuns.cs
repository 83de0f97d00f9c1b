using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Shop.Catalog.PartnerImports.Admin;
using FitnessApp.Modules.Shop.Data;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Shop.Catalog.PartnerImports.ListImportRuns;

/// <summary>A feed's runs with their counts, newest first.</summary>
internal sealed record ListImportRuns(Guid FeedId, string? Cursor, int? Limit) : IQuery<Page<ImportRunResponse>>
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
}

internal sealed class ListImportRunsValidator : AbstractValidator<ListImportRuns>
{
    public ListImportRunsValidator()
    {
        RuleFor(r => r.Cursor).Must(KeysetCursor.IsValid).WithMessage("'cursor' is not a cursor this list gave.");
        RuleFor(r => r.Limit).InclusiveBetween(1, ListImportRuns.MaxLimit);
    }
}

internal sealed class ListImportRunsHandler(ShopDbContext db) : IRequestHandler<ListImportRuns, Page<ImportRunResponse>>
{
    public async Task<Page<ImportRunResponse>> Handle(ListImportRuns request, CancellationToken cancellationToken)
    {
        _ = await db.PartnerFeeds.AsNoTracking().SingleOrDefaultAsync(f => f.Id == request.FeedId, cancellationToken)
            ?? throw new Shared.Errors.NotFoundException("Partner feed", request.FeedId);
        var limit = request.Limit ?? ListImportRuns.DefaultLimit;
        var query = db.PartnerImportRuns.AsNoTracking().Where(r => r.FeedId == request.FeedId);
        if (request.Cursor is not null && KeysetCursor.TryDecode(request.Cursor, out var cursor))
        {
            query = query.Where(r => r.QueuedAt < cursor.At || (r.QueuedAt == cursor.At && r.Id.CompareTo(cursor.Id) < 0));
        }

        var runs = await query.OrderByDescending(r => r.QueuedAt).ThenByDescending(r => r.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var page = runs.Take(limit).ToList();
        var next = runs.Count > limit ? new KeysetCursor(page[^1].QueuedAt, page[^1].Id).Encode() : null;
        return new Page<ImportRunResponse>(page.Select(r => ImportRunResponse.From(r, withRows: false)).ToList(), next);
    }
}

internal static class ListImportRunsEndpoint
{
    public static void MapListImportRuns(this IEndpointRouteBuilder group) =>
        group.MapGet(PartnerImportRoutes.Feeds + "/{id:guid}/runs", Handle)
            .WithName("ListPartnerImportRuns")
            .WithSummary("Operators: a partner feed's import runs with their counts, newest first (keyset-paginated)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<Page<ImportRunResponse>>> Handle(Guid id, string? cursor, int? limit, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListImportRuns(id, cursor, limit), cancellationToken));
}
