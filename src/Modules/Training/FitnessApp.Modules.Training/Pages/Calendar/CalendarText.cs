namespace FitnessApp.Modules.Training.Pages.Calendar;

/// <summary>Resources of the calendar page: Resources/Pages/Calendar/CalendarText.resx and its Russian twin.</summary>
internal sealed class CalendarText;
