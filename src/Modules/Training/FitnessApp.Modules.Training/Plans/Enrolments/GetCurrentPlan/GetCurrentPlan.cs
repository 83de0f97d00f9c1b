using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Training.Plans.Enrolments.GetCurrentPlan;

/// <summary>The athlete's active plan; 404 when they follow none.</summary>
internal sealed record GetCurrentPlan(Guid AthleteId) : IQuery<CurrentPlanResponse>;
