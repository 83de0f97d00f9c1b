using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Training.Data;
using FitnessApp.Modules.Training.Domain;
using FitnessApp.Modules.Training.Plans.Domain;
using FitnessApp.Modules.Training.Plans.Enrolments;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Training.Plans.Calendar;

internal sealed class GetCalendarHandler(TrainingDbContext db, TimeProvider clock) : IRequestHandler<GetCalendar, CalendarResponse>
{
    private static readonly TimeSpan ZoneMargin = TimeSpan.FromHours(14);

    public async Task<CalendarResponse> Handle(GetCalendar request, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var first = CalendarMonth.TryParse(request.Month, out var parsed) ? parsed : new DateOnly(today.Year, today.Month, 1);
        var from = IsoWeek.MondayOf(first);
        var to = IsoWeek.MondayOf(first.AddMonths(1).AddDays(-1)).AddDays(6);

        var fromUtc = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - ZoneMargin;
        var toUtc = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) + ZoneMargin;
        var activities = (await db.Activities.AsNoTracking()
                .Where(a => a.OwnerId == request.AthleteId && a.StartTime >= fromUtc && a.StartTime < toUtc)
                .Select(a => new { a.Id, a.Sport, a.Title, a.DistanceMeters, a.MovingSeconds, a.StartTime, a.TimeZone })
                .ToListAsync(cancellationToken))
            .Select(a =>
            {
                var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(a.StartTime, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById(a.TimeZone));
                return new CalendarActivityResponse(a.Id, WireNames.Of(a.Sport), a.Title, a.DistanceMeters, a.MovingSeconds, DateTime.SpecifyKind(local, DateTimeKind.Unspecified));
            })
            .ToLookup(a => DateOnly.FromDateTime(a.StartTime));
        var planned = (await db.PlannedWorkouts.AsNoTracking()
                .Where(w => w.AthleteId == request.AthleteId && w.Date >= from && w.Date <= to)
                .ToListAsync(cancellationToken))
            .ToLookup(w => w.Date);

        var days = new List<CalendarDayResponse>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            days.Add(new CalendarDayResponse(
                day,
                day.Month == first.Month,
                activities[day].OrderBy(a => a.StartTime).ToList(),
                planned[day].OrderBy(w => w.Id).Select(w => PlannedWorkoutResponse.From(w, today)).ToList()));
        }

        return new CalendarResponse(CalendarMonth.Of(first), from, to, days);
    }
}
