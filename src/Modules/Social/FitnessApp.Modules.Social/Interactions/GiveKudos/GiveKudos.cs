using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Social.Interactions.GiveKudos;

/// <summary>Cheers an activity the giver may see; giving again changes nothing. Not on one's own activity (400).</summary>
internal sealed record GiveKudos(Guid ActivityId, Guid GiverId) : ICommand<KudosSummary>;
