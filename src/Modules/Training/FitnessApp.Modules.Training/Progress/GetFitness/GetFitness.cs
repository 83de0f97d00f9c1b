using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Training.Progress.GetFitness;

/// <summary>The owner's daily fitness, fatigue and form for [from, to] (yyyy-MM-dd; default: the 90 days ending today).</summary>
internal sealed record GetFitness(Guid OwnerId, string? From, string? To) : IQuery<FitnessResponse>
{
    public const int DefaultDays = 90;
    public const int MaxYears = 3;
}

internal sealed record FitnessResponse(DateOnly From, DateOnly To, IReadOnlyList<FitnessDay> Days);
