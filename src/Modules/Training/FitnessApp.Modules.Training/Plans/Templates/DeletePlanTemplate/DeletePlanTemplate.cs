using FitnessApp.Modules.Shared.Contracts.Messaging;
using MediatR;

namespace FitnessApp.Modules.Training.Plans.Templates.DeletePlanTemplate;

/// <summary>An operator removes a template from the catalogue; enrolled athletes keep their plan.</summary>
internal sealed record DeletePlanTemplate(Guid TemplateId) : ICommand<Unit>;
