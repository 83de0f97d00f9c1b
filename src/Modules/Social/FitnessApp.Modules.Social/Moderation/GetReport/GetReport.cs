using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Social.Moderation.GetReport;

/// <summary>Operators: one report with its target's description and every report on that target.</summary>
internal sealed record GetReport(Guid ReportId) : IQuery<ReportDetail>;
