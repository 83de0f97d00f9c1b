using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Training.Plans.Templates.UpdatePlanTemplate;

/// <summary>
/// An operator replaces a template's fields and workouts. Athletes already enrolled keep the workouts they were given.
/// </summary>
internal sealed record UpdatePlanTemplate(
    Guid TemplateId,
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
    public static UpdatePlanTemplate From(Guid id, PlanTemplateBody b) =>
        new(id, b.NameEn, b.NameRu, b.DescriptionEn, b.DescriptionRu, b.SportFocus, b.Level, b.Weeks, b.Published, b.Workouts);
}
