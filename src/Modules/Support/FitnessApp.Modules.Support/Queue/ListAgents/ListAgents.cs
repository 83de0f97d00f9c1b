using FitnessApp.Modules.Accounts.Contracts.Security;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using MediatR;

namespace FitnessApp.Modules.Support.Queue.ListAgents;

/// <summary>The operators a ticket may be assigned to, by name: every operator and admin Accounts knows, not locked.</summary>
internal sealed record ListAgents : IQuery<IReadOnlyList<AgentResponse>>;

internal sealed record AgentResponse(Guid UserId, string? DisplayName);

internal sealed class ListAgentsHandler(IMediator mediator) : IRequestHandler<ListAgents, IReadOnlyList<AgentResponse>>
{
    public async Task<IReadOnlyList<AgentResponse>> Handle(ListAgents request, CancellationToken cancellationToken) =>
        [.. (await mediator.Send(new ListOperators(), cancellationToken)).Select(o => new AgentResponse(o.UserId, o.DisplayName))];
}
