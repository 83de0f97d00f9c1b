using System.Security.Claims;
using FitnessApp.Modules.Accounts.Contracts.Profiles;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Contracts.Paging;
using FitnessApp.Modules.Shared.Security;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FitnessApp.Modules.Social.Connections.FindAthletes;

/// <summary>Athletes by name and city, sorted by name; never the viewer, never anyone blocked either way.</summary>
internal sealed record FindAthletes(Guid ViewerId, string? Query, string? City, string? Cursor, int Limit) : IQuery<Page<AthleteItem>>
{
    public const int TextMaxLength = 100;
}

internal sealed class FindAthletesValidator : AbstractValidator<FindAthletes>
{
    public FindAthletesValidator()
    {
        RuleFor(q => q.Query).MaximumLength(FindAthletes.TextMaxLength);
        RuleFor(q => q.City).MaximumLength(FindAthletes.TextMaxLength);
        RuleFor(q => q.Limit).InclusiveBetween(1, ConnectionLimits.MaxLimit);
        RuleFor(q => q.Cursor).Must(SearchCursor.IsValid).WithMessage("'cursor' is not a cursor from a previous page.");
    }
}

internal sealed class FindAthletesHandler(IMediator mediator, ConnectionAthletes athletes) : IRequestHandler<FindAthletes, Page<AthleteItem>>
{
    public async Task<Page<AthleteItem>> Handle(FindAthletes request, CancellationToken cancellationToken)
    {
        var excluded = await athletes.BlockedEitherWayAsync(request.ViewerId, cancellationToken);
        excluded.Add(request.ViewerId);
        SearchCursor? after = SearchCursor.TryDecode(request.Cursor, out var cursor) ? cursor : null;
        var matches = await mediator.Send(
            new SearchAthletes(request.Query, request.City, request.Limit + 1, excluded, after?.Name, after?.Id), cancellationToken);
        var page = matches.Take(request.Limit).ToList();
        var relations = await athletes.RelationsAsync(request.ViewerId, page.Select(m => m.UserId).ToList(), cancellationToken);
        var items = page.Select(m => new AthleteItem(m.UserId, m.DisplayName, m.AvatarUrl, m.City, relations[m.UserId])).ToList();
        var next = matches.Count > request.Limit ? new SearchCursor(page[^1].DisplayName, page[^1].UserId).Encode() : null;
        return new Page<AthleteItem>(items, next);
    }
}

internal static class FindAthletesEndpoint
{
    public static void MapFindAthletes(this IEndpointRouteBuilder api) =>
        api.MapGet("/athletes", async (string? query, string? city, string? cursor, int? limit, ClaimsPrincipal principal, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(
                    new FindAthletes(principal.GetUserId(), query, city, cursor, limit ?? ConnectionLimits.DefaultLimit), cancellationToken)))
            .WithName("FindAthletes")
            .WithSummary("Find athletes by name and city (case-insensitive, sorted by name); never the caller nor anyone blocked either way")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
}
