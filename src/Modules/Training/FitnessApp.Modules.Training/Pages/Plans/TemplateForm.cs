using FitnessApp.Modules.Training.Pages.Shared;
using FitnessApp.Modules.Training.Plans.Templates;

namespace FitnessApp.Modules.Training.Pages.Plans;

/// <summary>The operators' editable copy of a template: minutes and distances in the operator's units, enums as wire names.</summary>
internal sealed class TemplateForm
{
    public Guid? Id { get; set; }

    public string NameEn { get; set; } = string.Empty;

    public string NameRu { get; set; } = string.Empty;

    public string DescriptionEn { get; set; } = string.Empty;

    public string DescriptionRu { get; set; } = string.Empty;

    public string SportFocus { get; set; } = "running";

    public string Level { get; set; } = "beginner";

    public int Weeks { get; set; } = 4;

    public bool Published { get; set; }

    public List<WorkoutRow> Workouts { get; } = [];

    public static TemplateForm From(PlanTemplateResponse t, Measures measures)
    {
        var form = new TemplateForm
        {
            Id = t.Id,
            NameEn = t.NameEn,
            NameRu = t.NameRu,
            DescriptionEn = t.DescriptionEn,
            DescriptionRu = t.DescriptionRu,
            SportFocus = t.SportFocus,
            Level = t.Level,
            Weeks = t.Weeks,
            Published = t.Published,
        };
        form.Workouts.AddRange((t.Workouts ?? []).Select(w => new WorkoutRow
        {
            Week = w.Week,
            DayOfWeek = w.DayOfWeek,
            Sport = w.Sport,
            Minutes = w.DurationSeconds is { } seconds ? Math.Round(seconds / 60.0, 1) : null,
            Distance = w.DistanceMeters is { } meters ? Math.Round(measures.ToDistanceUnits(meters), 2) : null,
            Intensity = w.Intensity,
            DescriptionEn = w.DescriptionEn,
            DescriptionRu = w.DescriptionRu,
        }));
        return form;
    }

    public PlanTemplateBody ToBody(Measures measures) => new(
        NameEn, NameRu, DescriptionEn, DescriptionRu, SportFocus, Level, Weeks, Published,
        Workouts.Select(w => new TemplateWorkoutInput(
            w.Week, w.DayOfWeek, w.Sport,
            w.Minutes is { } minutes ? (int)Math.Round(minutes * 60) : null,
            w.Distance is { } distance ? measures.FromDistanceUnits(distance) : null,
            w.Intensity, w.DescriptionEn, w.DescriptionRu)).ToList());

    internal sealed class WorkoutRow
    {
        public int Week { get; set; } = 1;

        public string DayOfWeek { get; set; } = "monday";

        public string Sport { get; set; } = "running";

        public double? Minutes { get; set; } = 30;

        public double? Distance { get; set; }

        public string Intensity { get; set; } = "easy";

        public string DescriptionEn { get; set; } = string.Empty;

        public string DescriptionRu { get; set; } = string.Empty;
    }
}
