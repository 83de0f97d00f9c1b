using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Support.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Support.Queue.ListAgents;

/// <summary>The operators a ticket may be assigned to, by name.</summary>
internal sealed record ListAgents : IQuery<IReadOnlyList<AgentResponse>>;

internal sealed record AgentResponse(Guid UserId, string? DisplayName);

internal sealed class ListAgentsHandler(SupportDbContext db, IMediator mediator) : IRequestHandler<ListAgents, IReadOnlyList<AgentResponse>>
{
    public async Task<IReadOnlyList<AgentResponse>> Handle(ListAgents request, CancellationToken cancellationToken)
    {
        var ids = await db.Agents.AsNoTracking().Select(a => a.UserId).ToListAsync(cancellationToken);
        var names = await DisplayNames.LoadAsync(mediator, ids.Select(id => (Guid?)id), cancellationToken);
        return [.. ids.Select(id => new AgentResponse(id, names.Of(id))).OrderBy(a => a.DisplayName, StringComparer.CurrentCulture)];
    }
}
