using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Training.Plans.Templates.CreatePlanTemplate;

/// <summary>An operator writes a new template.</summary>
internal sealed record CreatePlanTemplate(
    string? NameEn,
    string? NameRu,
    string? DescriptionEn,
    string? DescriptionRu,
    string? SportFocus,
    string? Level,
    int? Weeks,
    bool? Published,
    IReadOnlyList<TemplateWorkoutInput>? Workouts) : ICommand<PlanTemplateResponse>, IPlanTemplateFields
{
    public static CreatePlanTemplate From(PlanTemplateBody b) =>
        new(b.NameEn, b.NameRu, b.DescriptionEn, b.DescriptionRu, b.SportFocus, b.Level, b.Weeks, b.Published, b.Workouts);
}
