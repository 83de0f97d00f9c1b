using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Shop.Data;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Shop.Reviews.Admin.ListReviews;

/// <summary>Operators' queue: every review newest first in keyset pages, optionally of one status and one product.</summary>
internal sealed record ListReviewsForModeration(string? Status, Guid? ProductId, string? Cursor, int? Limit) : IQuery<Page<AdminReviewResponse>>;

internal sealed class ListReviewsForModerationValidator : AbstractValidator<ListReviewsForModeration>
{
    public const int MaxLimit = 100;

    public ListReviewsForModerationValidator()
    {
        RuleFor(r => r.Status).Must(s => s is null || WireNames.IsValid<ReviewStatus>(s))
            .WithMessage($"'status' must be one of: {WireNames.Names<ReviewStatus>()}.");
        RuleFor(r => r.Cursor).Must(KeysetCursor.IsValid).WithMessage("'cursor' is not a cursor this list returned.");
        RuleFor(r => r.Limit).InclusiveBetween(1, MaxLimit);
    }
}

internal sealed class ListReviewsForModerationHandler(ShopDbContext db, IMediator mediator) : IRequestHandler<ListReviewsForModeration, Page<AdminReviewResponse>>
{
    public const int DefaultLimit = 20;

    public async Task<Page<AdminReviewResponse>> Handle(ListReviewsForModeration request, CancellationToken cancellationToken)
    {
        var query = db.ProductReviews.AsNoTracking();
        if (request.Status is not null)
        {
            var status = WireNames.Parse<ReviewStatus>(request.Status);
            query = query.Where(r => r.Status == status);
        }

        if (request.ProductId is { } productId)
        {
            query = query.Where(r => r.ProductId == productId);
        }

        if (KeysetCursor.TryDecode(request.Cursor, out var cursor))
        {
            query = query.Where(r => r.CreatedAt < cursor.At || (r.CreatedAt == cursor.At && r.Id.CompareTo(cursor.Id) < 0));
        }

        var limit = request.Limit ?? DefaultLimit;
        var rows = await query.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var page = rows.Take(limit).ToList();
        var items = await AdminReviews.ToResponsesAsync(db, mediator, page, cancellationToken);
        var next = rows.Count > limit ? new KeysetCursor(page[^1].CreatedAt, page[^1].Id).Encode() : null;
        return new Page<AdminReviewResponse>(items, next);
    }
}

internal static class ListReviewsForModerationEndpoint
{
    public static void MapListReviewsForModeration(this IEndpointRouteBuilder operators) =>
        operators.MapGet(ReviewRoutes.Admin, Handle)
            .WithName("ListReviewsForModeration")
            .WithSummary("Operators: every review newest first (keyset pages), optionally of one status (published, hidden) or product, with its moderation audit")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

    private static async Task<Ok<Page<AdminReviewResponse>>> Handle(
        string? status, Guid? productId, string? cursor, int? limit, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListReviewsForModeration(status, productId, cursor, limit), cancellationToken));
}
