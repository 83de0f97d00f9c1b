using FitnessApp.Modules.Social.Contracts.Connections;
using FitnessApp.Modules.Social.Domain;
using MediatR;

namespace FitnessApp.Modules.Social.Connections.GetAudiences;

internal sealed class GetAudiencesHandler(SocialGraph graph) : IRequestHandler<Contracts.Connections.GetAudiences, IReadOnlyDictionary<Guid, Audience>>
{
    public Task<IReadOnlyDictionary<Guid, Audience>> Handle(Contracts.Connections.GetAudiences request, CancellationToken cancellationToken) =>
        graph.AudiencesAsync(request.ViewerId, request.OwnerIds, cancellationToken);
}
