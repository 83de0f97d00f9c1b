using FitnessApp.Modules.Shared.Contracts.Messaging;
using MediatR;

namespace FitnessApp.Modules.Social.Moderation.UnhideTarget;

/// <summary>Operators: shows again the target a report hid (a mistaken or appealed hide). Audited.</summary>
internal sealed record UnhideTarget(Guid ReportId, Guid OperatorId) : ICommand<Unit>;
