using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Training.Plans.Calendar;

/// <summary>The athlete's month (<c>YYYY-MM</c>, this month when null) as whole Monday-to-Sunday weeks.</summary>
internal sealed record GetCalendar(Guid AthleteId, string? Month) : IQuery<CalendarResponse>;
