using FitnessApp.Modules.Shared.Contracts.Messaging;
using MediatR;

namespace FitnessApp.Modules.Training.Plans.Enrolments.LeavePlan;

/// <summary>
/// The athlete leaves their plan: the workouts not done from today on disappear from the calendar; the past ones
/// (done or missed) stay as history.
/// </summary>
internal sealed record LeavePlan(Guid AthleteId) : ICommand<Unit>;
