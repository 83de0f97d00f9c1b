using System.Security.Claims;
using FitnessApp.Modules.Loyalty.Challenges.Domain;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Shared.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Challenges.ListChallenges;

/// <summary>
/// Challenges the viewer may see (public ones and those of their groups), latest start first: optionally only upcoming,
/// running or finished ones, and only those they joined (<paramref name="Mine"/>). Operators' list (<paramref name="All"/>)
/// shows every challenge.
/// </summary>
internal sealed record ListChallenges(Guid ViewerId, string? Status, bool Mine, string? Cursor, int Limit, bool All = false) : IQuery<Page<ChallengeResponse>>
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 50;
}

internal sealed class ListChallengesValidator : AbstractValidator<ListChallenges>
{
    public ListChallengesValidator()
    {
        RuleFor(q => q.Status).Must(s => s is null || WireNames.IsValid<ChallengeStatus>(s))
            .WithMessage($"'status' must be one of: {WireNames.Names<ChallengeStatus>()}.");
        RuleFor(q => q.Cursor).Must(KeysetCursor.IsValid).WithMessage("'cursor' is not a cursor from a previous page.");
        RuleFor(q => q.Limit).InclusiveBetween(1, ListChallenges.MaxLimit);
    }
}

internal sealed class ListChallengesHandler(LoyaltyDbContext db, ChallengeAccess access, TimeProvider clock) : IRequestHandler<ListChallenges, Page<ChallengeResponse>>
{
    public async Task<Page<ChallengeResponse>> Handle(ListChallenges request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var viewer = request.ViewerId;
        var query = db.Challenges.AsNoTracking();
        if (!request.All)
        {
            var groups = await access.MyChallengeGroupsAsync(viewer, cancellationToken);
            query = query.Where(c => c.GroupId == null || groups.Contains(c.GroupId.Value));
        }

        if (request.Mine)
        {
            query = query.Where(c => db.ChallengeParticipants.Any(p => p.ChallengeId == c.Id && p.UserId == viewer));
        }

        query = request.Status is null ? query : WireNames.Parse<ChallengeStatus>(request.Status) switch
        {
            ChallengeStatus.Upcoming => query.Where(c => c.StartsAt > now && c.FinalizedAt == null),
            ChallengeStatus.Running => query.Where(c => c.StartsAt <= now && c.EndsAt > now && c.FinalizedAt == null),
            _ => query.Where(c => c.EndsAt <= now || c.FinalizedAt != null),
        };

        if (KeysetCursor.TryDecode(request.Cursor, out var after))
        {
            query = query.Where(c => c.StartsAt < after.At || (c.StartsAt == after.At && c.Id.CompareTo(after.Id) < 0));
        }

        var rows = await query.OrderByDescending(c => c.StartsAt).ThenByDescending(c => c.Id).Take(request.Limit + 1).ToListAsync(cancellationToken);
        var page = rows.Take(request.Limit).ToList();
        var next = rows.Count > request.Limit ? new KeysetCursor(page[^1].StartsAt, page[^1].Id).Encode() : null;
        return new Page<ChallengeResponse>(await db.ResponsesAsync(page, viewer, now, cancellationToken), next);
    }
}

internal static class ListChallengesEndpoint
{
    public static void MapListChallenges(this IEndpointRouteBuilder api) =>
        api.MapGet(ChallengeRoutes.Challenges, Handle)
            .WithName("ListChallenges")
            .WithSummary("Challenges you may join or joined (status: upcoming, running, finished; mine=true), latest start first; pass nextCursor back as cursor")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    public static void MapListAllChallenges(this IEndpointRouteBuilder operators) =>
        operators.MapGet(ChallengeRoutes.Admin, HandleAll)
            .WithName("ListAllChallenges")
            .WithSummary("Every challenge, public and of groups, latest start first (operators)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

    private static async Task<Ok<Page<ChallengeResponse>>> Handle(
        ClaimsPrincipal principal, IMediator mediator, string? status, bool? mine, string? cursor, int? limit, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(
            new ListChallenges(principal.GetUserId(), status, mine ?? false, cursor, limit ?? ListChallenges.DefaultLimit), cancellationToken));

    private static async Task<Ok<Page<ChallengeResponse>>> HandleAll(
        ClaimsPrincipal principal, IMediator mediator, string? status, string? cursor, int? limit, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(
            new ListChallenges(principal.GetUserId(), status, false, cursor, limit ?? ListChallenges.DefaultLimit, All: true), cancellationToken));
}
