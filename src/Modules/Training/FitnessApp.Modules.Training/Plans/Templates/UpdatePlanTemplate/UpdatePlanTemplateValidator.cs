namespace FitnessApp.Modules.Training.Plans.Templates.UpdatePlanTemplate;

internal sealed class UpdatePlanTemplateValidator : PlanTemplateFieldsValidator<UpdatePlanTemplate>;
