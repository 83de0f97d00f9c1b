using FitnessApp.Modules.Accounts.Contracts.Security;
using FitnessApp.Modules.Accounts.Email;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shared.Errors;
using MediatR;

namespace FitnessApp.Modules.Accounts.Admin.ResendUserConfirmation;

/// <summary>Mails a new confirmation link to an account whose email is not confirmed yet (409 when it is), audited.</summary>
internal sealed record ResendUserConfirmation(Guid ActorId, Guid UserId) : ICommand<Unit>;

internal sealed class ResendUserConfirmationHandler(AdminAccounts admin, AccountEmails emails) : IRequestHandler<ResendUserConfirmation, Unit>
{
    public async Task<Unit> Handle(ResendUserConfirmation request, CancellationToken cancellationToken)
    {
        var actor = await admin.ActorAsync(request.ActorId);
        var target = await admin.TargetAsync(request.UserId);
        if (target.EmailConfirmed)
        {
            throw new ConflictException("This account's email is already confirmed.");
        }

        emails.Request(AccountEmailKind.ConfirmEmail, target);
        admin.Audit(SecurityEventKind.ConfirmationResent, actor, target);
        return Unit.Value;
    }
}
