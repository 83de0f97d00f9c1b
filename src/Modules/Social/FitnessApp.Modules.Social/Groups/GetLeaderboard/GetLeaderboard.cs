using System.Globalization;
using System.Security.Claims;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Security;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Domain;
using FitnessApp.Modules.Social.Groups.Domain;
using FitnessApp.Modules.Training.Contracts.Activities;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Groups.GetLeaderboard;

/// <summary>
/// The group's members ranked by total distance or moving time of their activities (all sports, or one) in one week
/// (Monday to Sunday, UTC): <c>week</c> is any day of it (YYYY-MM-DD), this week by default. Private activities never count.
/// </summary>
internal sealed record GetLeaderboard(Guid GroupId, Guid ViewerId, string? Sport, string? Metric, string? Week) : IQuery<LeaderboardResponse>;

internal sealed record LeaderboardResponse(DateOnly WeekStart, DateOnly WeekEnd, Sport? Sport, LeaderboardMetric Metric, IReadOnlyList<LeaderboardEntry> Entries);

internal sealed record LeaderboardEntry(int Rank, Guid UserId, string DisplayName, double DistanceMeters, long MovingSeconds, int Activities);

internal sealed class GetLeaderboardValidator : AbstractValidator<GetLeaderboard>
{
    public GetLeaderboardValidator()
    {
        RuleFor(q => q.Sport).Must(s => s is null || WireNames.IsValid<Sport>(s))
            .WithMessage($"'sport' must be one of: {WireNames.Names<Sport>()}.");
        RuleFor(q => q.Metric).Must(m => m is null || WireNames.IsValid<LeaderboardMetric>(m))
            .WithMessage($"'metric' must be one of: {WireNames.Names<LeaderboardMetric>()}.");
        RuleFor(q => q.Week).Must(w => w is null || TryParseDay(w, out _)).WithMessage("'week' must be a date (YYYY-MM-DD).");
    }

    public static bool TryParseDay(string value, out DateOnly day) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}

internal sealed class GetLeaderboardHandler(SocialDbContext db, GroupAccess access, IMediator mediator, AthleteDirectory athletes, TimeProvider clock)
    : IRequestHandler<GetLeaderboard, LeaderboardResponse>
{
    public async Task<LeaderboardResponse> Handle(GetLeaderboard request, CancellationToken cancellationToken)
    {
        var view = await access.FindContentAsync(request.GroupId, request.ViewerId, cancellationToken);
        Sport? sport = request.Sport is null ? null : WireNames.Parse<Sport>(request.Sport);
        var metric = request.Metric is null ? LeaderboardMetric.Distance : WireNames.Parse<LeaderboardMetric>(request.Metric);
        var day = request.Week is not null && GetLeaderboardValidator.TryParseDay(request.Week, out var asked)
            ? asked
            : DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var monday = Leaderboard.WeekOf(day);
        var (from, to) = Leaderboard.Range(monday);

        var members = await db.GroupMembers.AsNoTracking()
            .Where(m => m.GroupId == view.Group.Id && m.State == MembershipState.Active)
            .Select(m => new LeaderboardMember(m.UserId, m.JoinedAt ?? m.CreatedAt))
            .ToListAsync(cancellationToken);
        var ids = members.Select(m => m.UserId).ToList();
        var totals = await mediator.Send(new GetTrainingTotals(ids, from, to, sport), cancellationToken);
        var names = await athletes.NamesAsync(ids, cancellationToken);
        var entries = Leaderboard.Rank(members, totals, metric)
            .Select(p => new LeaderboardEntry(p.Rank, p.UserId, names[p.UserId], p.DistanceMeters, p.MovingSeconds, p.Count))
            .ToList();
        return new LeaderboardResponse(monday, monday.AddDays(6), sport, metric, entries);
    }
}

internal static class GetLeaderboardEndpoint
{
    public static void MapGetLeaderboard(this IEndpointRouteBuilder api) =>
        api.MapGet(GroupRoutes.Group + "/leaderboard", Handle)
            .WithName("GetGroupLeaderboard")
            .WithSummary("Members ranked by distance or moving time in a week (Monday to Sunday, UTC); week = any day of it, YYYY-MM-DD")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<LeaderboardResponse>> Handle(
        Guid id, ClaimsPrincipal principal, IMediator mediator, string? sport, string? metric, string? week, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetLeaderboard(id, principal.GetUserId(), sport, metric, week), cancellationToken));
}
