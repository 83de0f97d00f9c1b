using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Training.Plans.Templates.ListPlanTemplates;

/// <summary>The catalogue: published templates, or every template for operators.</summary>
internal sealed record ListPlanTemplates(bool IncludeUnpublished) : IQuery<IReadOnlyList<PlanTemplateResponse>>;
