using System.Security.Claims;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Groups.Domain;
using FitnessApp.Modules.Training.Contracts.Activities;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Groups.ListGroups;

/// <summary>
/// Groups to discover, newest first: by a part of the name, a sport and a city. Private groups are listed by name, but the
/// sport and city filters match only public groups and the viewer's own (a private group's sport or city is its content).
/// Hidden groups are left out.
/// </summary>
internal sealed record ListGroups(Guid ViewerId, string? Query, string? Sport, string? City, string? Cursor, int Limit) : IQuery<Page<GroupResponse>>
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 50;
}

internal sealed class ListGroupsValidator : AbstractValidator<ListGroups>
{
    public ListGroupsValidator()
    {
        RuleFor(q => q.Query).MaximumLength(Group.NameMaxLength);
        RuleFor(q => q.City).MaximumLength(Group.CityMaxLength);
        RuleFor(q => q.Sport).Must(s => s is null || WireNames.IsValid<Sport>(s))
            .WithMessage($"'sport' must be one of: {WireNames.Names<Sport>()}.");
        RuleFor(q => q.Cursor).Must(KeysetCursor.IsValid).WithMessage("'cursor' is not a cursor from a previous page.");
        RuleFor(q => q.Limit).InclusiveBetween(1, ListGroups.MaxLimit);
    }
}

internal sealed class ListGroupsHandler(SocialDbContext db) : IRequestHandler<ListGroups, Page<GroupResponse>>
{
    public async Task<Page<GroupResponse>> Handle(ListGroups request, CancellationToken cancellationToken)
    {
        var viewer = request.ViewerId;
        var mine = db.GroupMembers.Where(m => m.UserId == viewer && m.State == MembershipState.Active).Select(m => m.GroupId);
        var query = db.Groups.AsNoTracking().Where(g => g.HiddenAt == null);
        if (GroupText.Clean(request.Query) is { } text)
        {
            var part = text.ToLowerInvariant();
            query = query.Where(g => g.Name.ToLower().Contains(part));
        }

        if (request.Sport is not null)
        {
            var sport = WireNames.Parse<Sport>(request.Sport);
            query = query.Where(g => g.Sport == sport && (g.Privacy == GroupPrivacy.Public || mine.Contains(g.Id)));
        }

        if (GroupText.Clean(request.City) is { } cityText)
        {
            var city = cityText.ToLowerInvariant();
            query = query.Where(g => g.City != null && g.City.ToLower() == city && (g.Privacy == GroupPrivacy.Public || mine.Contains(g.Id)));
        }

        if (KeysetCursor.TryDecode(request.Cursor, out var after))
        {
            query = query.Where(g => g.CreatedAt < after.At || (g.CreatedAt == after.At && g.Id.CompareTo(after.Id) < 0));
        }

        var rows = await query.OrderByDescending(g => g.CreatedAt).ThenByDescending(g => g.Id).Take(request.Limit + 1).ToListAsync(cancellationToken);
        var page = rows.Take(request.Limit).ToList();
        var next = rows.Count > request.Limit ? new KeysetCursor(page[^1].CreatedAt, page[^1].Id).Encode() : null;
        return new Page<GroupResponse>(await db.ResponsesAsync(page, viewer, cancellationToken), next);
    }
}

internal static class ListGroupsEndpoint
{
    public static void MapListGroups(this IEndpointRouteBuilder api) =>
        api.MapGet(GroupRoutes.Groups, Handle)
            .WithName("ListGroups")
            .WithSummary("Find groups by name (query), sport and city, newest first; pass nextCursor back as cursor")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

    private static async Task<Ok<Page<GroupResponse>>> Handle(
        ClaimsPrincipal principal, IMediator mediator, string? query, string? sport, string? city, string? cursor, int? limit, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(
            new ListGroups(principal.GetUserId(), query, sport, city, cursor, limit ?? ListGroups.DefaultLimit), cancellationToken));
}
