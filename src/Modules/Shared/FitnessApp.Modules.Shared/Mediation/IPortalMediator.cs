using MediatR;

namespace FitnessApp.Modules.Shared.Mediation;

/// <summary>
/// The mediator for Blazor components. Components of one page or circuit share one DI scope and render
/// concurrently, so two of them sending requests at once would use one DbContext at the same time
/// (PostgreSQL refuses). Each request sent here runs in a scope of its own, as an HTTP request would.
/// </summary>
public interface IPortalMediator
{
    Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default);
}
