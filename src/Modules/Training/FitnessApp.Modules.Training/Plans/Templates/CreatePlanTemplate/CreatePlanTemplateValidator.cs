namespace FitnessApp.Modules.Training.Plans.Templates.CreatePlanTemplate;

internal sealed class CreatePlanTemplateValidator : PlanTemplateFieldsValidator<CreatePlanTemplate>;
