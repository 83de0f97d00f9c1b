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

namespace FitnessApp.Modules.Shop.Catalog.PartnerImports.ListPartnerFeeds;

/// <summary>The feeds, newest first.</summary>
internal sealed record ListPartnerFeeds(string? Cursor, int? Limit) : IQuery<Page<PartnerFeedResponse>>
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
}

internal sealed class ListPartnerFeedsValidator : AbstractValidator<ListPartnerFeeds>
{
    public ListPartnerFeedsValidator()
    {
        RuleFor(r => r.Cursor).Must(KeysetCursor.IsValid).WithMessage("'cursor' is not a cursor this list gave.");
        RuleFor(r => r.Limit).InclusiveBetween(1, ListPartnerFeeds.MaxLimit);
    }
}

internal sealed class ListPartnerFeedsHandler(ShopDbContext db) : IRequestHandler<ListPartnerFeeds, Page<PartnerFeedResponse>>
{
    public async Task<Page<PartnerFeedResponse>> Handle(ListPartnerFeeds request, CancellationToken cancellationToken)
    {
        var limit = request.Limit ?? ListPartnerFeeds.DefaultLimit;
        var query = db.PartnerFeeds.AsNoTracking();
        if (request.Cursor is not null && KeysetCursor.TryDecode(request.Cursor, out var cursor))
        {
            query = query.Where(f => f.CreatedAt < cursor.At || (f.CreatedAt == cursor.At && f.Id.CompareTo(cursor.Id) < 0));
        }

        var feeds = await query.OrderByDescending(f => f.CreatedAt).ThenByDescending(f => f.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var page = feeds.Take(limit).ToList();
        var next = feeds.Count > limit ? new KeysetCursor(page[^1].CreatedAt, page[^1].Id).Encode() : null;
        return new Page<PartnerFeedResponse>(page.Select(PartnerFeedResponse.From).ToList(), next);
    }
}

internal static class ListPartnerFeedsEndpoint
{
    public static void MapListPartnerFeeds(this IEndpointRouteBuilder group) =>
        group.MapGet(PartnerImportRoutes.Feeds, Handle)
            .WithName("ListPartnerFeeds")
            .WithSummary("Operators: the partner catalog feeds, newest first (keyset-paginated)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

    private static async Task<Ok<Page<PartnerFeedResponse>>> Handle(string? cursor, int? limit, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListPartnerFeeds(cursor, limit), cancellationToken));
}
