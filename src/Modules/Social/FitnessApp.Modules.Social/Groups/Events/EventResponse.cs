using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Groups.Domain;
using FitnessApp.Modules.Training.Contracts.Activities;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Social.Groups.Events;

/// <summary>An event with its attendance counts and the caller's own answer (null without one).</summary>
internal sealed record EventResponse(
    Guid Id,
    Guid GroupId,
    string Title,
    Sport Sport,
    DateTime StartsAt,
    string PlaceName,
    double? Latitude,
    double? Longitude,
    string? Description,
    Guid? CreatedById,
    DateTime CreatedAt,
    DateTime? CancelledAt,
    int Going,
    int Maybe,
    int NotGoing,
    AttendanceStatus? MyStatus);

internal sealed record AttendeeResponse(Guid UserId, string DisplayName, AttendanceStatus Status, DateTime RespondedAt);

internal sealed record EventDetailsResponse(EventResponse Event, IReadOnlyList<AttendeeResponse> Attendees);

internal static class EventResponses
{
    public static async Task<List<EventResponse>> ResponsesAsync(
        this SocialDbContext db, IReadOnlyList<GroupEvent> events, Guid viewerId, CancellationToken cancellationToken)
    {
        var ids = events.Select(e => e.Id).ToList();
        var answers = await db.EventAttendances.AsNoTracking()
            .Where(a => ids.Contains(a.EventId))
            .GroupBy(a => new { a.EventId, a.Status })
            .Select(g => new { g.Key.EventId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var mine = await db.EventAttendances.AsNoTracking()
            .Where(a => ids.Contains(a.EventId) && a.UserId == viewerId)
            .ToDictionaryAsync(a => a.EventId, a => a.Status, cancellationToken);
        int Count(Guid id, AttendanceStatus status) => answers.Where(a => a.EventId == id && a.Status == status).Sum(a => a.Count);
        return events.Select(e => new EventResponse(
            e.Id, e.GroupId, e.Title, e.Sport, e.StartsAt, e.PlaceName, e.Latitude, e.Longitude, e.Description, e.CreatedById, e.CreatedAt, e.CancelledAt,
            Count(e.Id, AttendanceStatus.Going), Count(e.Id, AttendanceStatus.Maybe), Count(e.Id, AttendanceStatus.NotGoing),
            mine.TryGetValue(e.Id, out var status) ? status : null)).ToList();
    }

    public static async Task<EventResponse> ResponseAsync(this SocialDbContext db, GroupEvent groupEvent, Guid viewerId, CancellationToken cancellationToken) =>
        (await db.ResponsesAsync([groupEvent], viewerId, cancellationToken))[0];

    /// <summary>The event of the group, tracked; 404 when it is not one of the group's.</summary>
    public static async Task<GroupEvent> FindEventAsync(this SocialDbContext db, Guid groupId, Guid eventId, CancellationToken cancellationToken) =>
        await db.GroupEvents.SingleOrDefaultAsync(e => e.Id == eventId && e.GroupId == groupId, cancellationToken)
        ?? throw new Shared.Errors.NotFoundException("Event", eventId);
}
