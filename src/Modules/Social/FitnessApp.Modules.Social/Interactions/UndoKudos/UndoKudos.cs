using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Social.Interactions.UndoKudos;

/// <summary>Takes back the caller's kudos; nothing to take back is fine too. Answers the kudos as they are now.</summary>
internal sealed record UndoKudos(Guid ActivityId, Guid GiverId) : ICommand<KudosSummary>;
