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

namespace FitnessApp.Modules.Social.Connections.ListFollowRequests;

/// <summary>Pending follow requests to the viewer (<paramref name="Sent"/> false) or from the viewer, newest first.</summary>
internal sealed record ListFollowRequests(Guid ViewerId, bool Sent, string? Cursor, int Limit) : IQuery<Page<AthleteItem>>;

internal sealed class ListFollowRequestsValidator : AbstractValidator<ListFollowRequests>
{
    public ListFollowRequestsValidator() => this.LimitAndCursor(q => q.Limit, q => q.Cursor);
}

internal sealed class ListFollowRequestsHandler(SocialDbContext db, ConnectionAthletes athletes) : IRequestHandler<ListFollowRequests, Page<AthleteItem>>
{
    public async Task<Page<AthleteItem>> Handle(ListFollowRequests request, CancellationToken cancellationToken)
    {
        var query = db.Follows.AsNoTracking().Where(f => f.State == FollowState.Pending
            && (request.Sent ? f.FollowerId == request.ViewerId : f.FolloweeId == request.ViewerId));
        if (KeysetCursor.TryDecode(request.Cursor, out var after))
        {
            query = query.Where(f => f.CreatedAt < after.At || (f.CreatedAt == after.At && f.Id.CompareTo(after.Id) < 0));
        }

        var rows = await query.OrderByDescending(f => f.CreatedAt).ThenByDescending(f => f.Id).Take(request.Limit + 1).ToListAsync(cancellationToken);
        var page = rows.Take(request.Limit).ToList();
        var items = await athletes.ItemsAsync(request.ViewerId, page.Select(f => request.Sent ? f.FolloweeId : f.FollowerId).ToList(), cancellationToken);
        var next = rows.Count > request.Limit ? new KeysetCursor(page[^1].CreatedAt, page[^1].Id).Encode() : null;
        return new Page<AthleteItem>(items, next);
    }
}

internal static class ListFollowRequestsEndpoint
{
    public static void MapListFollowRequests(this IEndpointRouteBuilder api)
    {
        api.MapGet("/follow-requests", (string? cursor, int? limit, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
                HandleAsync(new ListFollowRequests(principal.GetUserId(), false, cursor, limit ?? ConnectionLimits.DefaultLimit), mediator, cancellationToken))
            .WithName("ListFollowRequests")
            .WithSummary("Pending requests to follow the caller, newest first")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        api.MapGet("/follow-requests/sent", (string? cursor, int? limit, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
                HandleAsync(new ListFollowRequests(principal.GetUserId(), true, cursor, limit ?? ConnectionLimits.DefaultLimit), mediator, cancellationToken))
            .WithName("ListSentFollowRequests")
            .WithSummary("The caller's pending requests to follow others, newest first")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
    }

    private static async Task<Ok<Page<AthleteItem>>> HandleAsync(ListFollowRequests query, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(query, cancellationToken));
}
