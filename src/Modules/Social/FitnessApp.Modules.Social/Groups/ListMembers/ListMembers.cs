using System.Security.Claims;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Domain;
using FitnessApp.Modules.Social.Groups.Domain;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Groups.ListMembers;

/// <summary>A group's members with their roles, longest-standing first (members only for a private group).</summary>
internal sealed record ListMembers(Guid GroupId, Guid ViewerId, string? Cursor, int Limit) : IQuery<Page<MemberResponse>>
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 100;
}

internal sealed class ListMembersValidator : AbstractValidator<ListMembers>
{
    public ListMembersValidator()
    {
        RuleFor(q => q.Cursor).Must(KeysetCursor.IsValid).WithMessage("'cursor' is not a cursor from a previous page.");
        RuleFor(q => q.Limit).InclusiveBetween(1, ListMembers.MaxLimit);
    }
}

internal sealed class ListMembersHandler(SocialDbContext db, GroupAccess access, AthleteDirectory athletes) : IRequestHandler<ListMembers, Page<MemberResponse>>
{
    public async Task<Page<MemberResponse>> Handle(ListMembers request, CancellationToken cancellationToken)
    {
        var view = await access.FindContentAsync(request.GroupId, request.ViewerId, cancellationToken);
        var query = db.GroupMembers.AsNoTracking().Where(m => m.GroupId == view.Group.Id && m.State == MembershipState.Active);
        if (KeysetCursor.TryDecode(request.Cursor, out var after))
        {
            query = query.Where(m => m.JoinedAt > after.At || (m.JoinedAt == after.At && m.Id.CompareTo(after.Id) > 0));
        }

        var rows = await query.OrderBy(m => m.JoinedAt).ThenBy(m => m.Id).Take(request.Limit + 1).ToListAsync(cancellationToken);
        var page = rows.Take(request.Limit).ToList();
        var names = await athletes.NamesAsync(page.Select(m => m.UserId), cancellationToken);
        var next = rows.Count > request.Limit ? new KeysetCursor(page[^1].JoinedAt!.Value, page[^1].Id).Encode() : null;
        return new Page<MemberResponse>(page.Select(m => MemberResponse.From(m, names)).ToList(), next);
    }
}

internal static class ListMembersEndpoint
{
    public static void MapListMembers(this IEndpointRouteBuilder api) =>
        api.MapGet(GroupRoutes.Group + "/members", Handle)
            .WithName("ListGroupMembers")
            .WithSummary("A group's members with their roles, longest-standing first; pass nextCursor back as cursor")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<Page<MemberResponse>>> Handle(
        Guid id, ClaimsPrincipal principal, IMediator mediator, string? cursor, int? limit, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListMembers(id, principal.GetUserId(), cursor, limit ?? ListMembers.DefaultLimit), cancellationToken));
}
