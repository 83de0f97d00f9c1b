namespace FitnessApp.Modules.Social.Groups.Domain;

/// <summary>A member's answer to an event; the reminder is sent once per answer (reset when the event moves).</summary>
internal sealed class EventAttendance
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid EventId { get; init; }

    public Guid UserId { get; init; }

    public AttendanceStatus Status { get; set; }

    public DateTime RespondedAt { get; set; }

    public DateTime? ReminderSentAt { get; set; }
}
