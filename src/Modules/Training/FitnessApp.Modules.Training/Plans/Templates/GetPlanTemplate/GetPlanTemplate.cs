using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Training.Plans.Templates.GetPlanTemplate;

/// <summary>One template with its workouts; an unpublished one only for operators.</summary>
internal sealed record GetPlanTemplate(Guid TemplateId, bool IncludeUnpublished) : IQuery<PlanTemplateResponse>;
