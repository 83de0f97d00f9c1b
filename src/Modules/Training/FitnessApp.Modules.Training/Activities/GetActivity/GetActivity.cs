using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Training.Activities.GetActivity;

/// <summary>One activity, as far as <see cref="ViewerId"/> may see it (ADR 0008).</summary>
internal sealed record GetActivity(Guid ActivityId, Guid ViewerId) : IQuery<ActivityResponse>;
