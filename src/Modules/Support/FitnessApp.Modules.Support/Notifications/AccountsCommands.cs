using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FitnessApp.Modules.Support.Notifications;

/// <summary>
/// Sends Accounts commands whose handlers may not be part of this build yet (notification emails, erasure
/// confirmations): without a handler the command is logged and skipped instead of failing the support request.
/// </summary>
internal sealed class AccountsCommands(IMediator mediator, IServiceProvider services, ILogger<AccountsCommands> logger)
{
    public async Task SendAsync<TResponse>(IRequest<TResponse> command, CancellationToken cancellationToken)
    {
        var handlerType = typeof(IRequestHandler<,>).MakeGenericType(command.GetType(), typeof(TResponse));
        if (services.GetService(handlerType) is null)
        {
            logger.LogWarning("No handler for {Command}: not sent", command.GetType().Name);
            return;
        }

        await mediator.Send(command, cancellationToken);
    }
}
