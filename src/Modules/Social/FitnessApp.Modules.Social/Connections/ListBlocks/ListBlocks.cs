using System.Security.Claims;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Domain;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Connections.ListBlocks;

/// <summary>The athletes the viewer blocked, most recent first.</summary>
internal sealed record ListBlocks(Guid ViewerId, string? Cursor, int Limit) : IQuery<Page<BlockedAthlete>>;

internal sealed record BlockedAthlete(Guid Id, string DisplayName, string? AvatarUrl, DateTime BlockedAt);

internal sealed class ListBlocksValidator : AbstractValidator<ListBlocks>
{
    public ListBlocksValidator() => this.LimitAndCursor(q => q.Limit, q => q.Cursor);
}

internal sealed class ListBlocksHandler(SocialDbContext db, AthleteDirectory athletes) : IRequestHandler<ListBlocks, Page<BlockedAthlete>>
{
    public async Task<Page<BlockedAthlete>> Handle(ListBlocks request, CancellationToken cancellationToken)
    {
        var query = db.Blocks.AsNoTracking().Where(b => b.BlockerId == request.ViewerId);
        if (KeysetCursor.TryDecode(request.Cursor, out var after))
        {
            query = query.Where(b => b.CreatedAt < after.At || (b.CreatedAt == after.At && b.Id.CompareTo(after.Id) < 0));
        }

        var rows = await query.OrderByDescending(b => b.CreatedAt).ThenByDescending(b => b.Id).Take(request.Limit + 1).ToListAsync(cancellationToken);
        var page = rows.Take(request.Limit).ToList();
        var profiles = await athletes.ProfilesAsync(page.Select(b => b.BlockedId).ToList(), cancellationToken);
        var items = page.Where(b => profiles.ContainsKey(b.BlockedId))
            .Select(b => new BlockedAthlete(b.BlockedId, profiles[b.BlockedId].DisplayName, profiles[b.BlockedId].AvatarUrl, b.CreatedAt))
            .ToList();
        var next = rows.Count > request.Limit ? new KeysetCursor(page[^1].CreatedAt, page[^1].Id).Encode() : null;
        return new Page<BlockedAthlete>(items, next);
    }
}

internal static class ListBlocksEndpoint
{
    public static void MapListBlocks(this IEndpointRouteBuilder api) =>
        api.MapGet("/blocks", async (string? cursor, int? limit, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ListBlocks(principal.GetUserId(), cursor, limit ?? ConnectionLimits.DefaultLimit), cancellationToken)))
            .WithName("ListBlocks")
            .WithSummary("The athletes the caller blocked, most recent first")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
}
