using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Modules;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Shared.Mediation;

/// <summary>
/// A command runs in one transaction of its module's DbContext: the handler's changes and the
/// integration events it wrote to the outbox are committed together or not at all.
/// </summary>
internal sealed class UnitOfWorkBehavior<TRequest, TResponse>(ModuleCatalog catalog, IServiceProvider services)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICommand || catalog.OwnerOf(typeof(TRequest))?.DbContextType is not { } contextType)
        {
            return await next();
        }

        var db = (DbContext)services.GetService(contextType)!;
        if (db.Database.CurrentTransaction is not null)
        {
            return await next();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var response = await next();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return response;
    }
}
