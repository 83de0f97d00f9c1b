using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Training.Plans.Enrolments.EnrolInPlan;

/// <summary>The athlete starts a published plan on <see cref="StartDate"/>; its workouts land on their calendar.</summary>
internal sealed record EnrolInPlan(Guid AthleteId, Guid? TemplateId, DateOnly? StartDate) : ICommand<CurrentPlanResponse>;
