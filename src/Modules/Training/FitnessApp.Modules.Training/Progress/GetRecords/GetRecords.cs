using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Training.Progress.GetRecords;

/// <summary>The owner's personal records per sport, each with the activity that set it.</summary>
internal sealed record GetRecords(Guid OwnerId) : IQuery<RecordsResponse>;
