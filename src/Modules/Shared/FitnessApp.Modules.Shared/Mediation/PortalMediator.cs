using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessApp.Modules.Shared.Mediation;

internal sealed class PortalMediator(IServiceScopeFactory scopes) : IPortalMediator
{
    public async Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request, cancellationToken);
    }
}
