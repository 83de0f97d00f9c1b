using FitnessApp.Modules.Accounts.Contracts.PersonalData;
using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Accounts.PersonalData.Domain;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Accounts.PersonalData.Erasure.ConfirmErasure;

/// <summary>
/// Records a module's confirmation (a repeat is harmless) and completes the erasure when it was the last one.
/// False when no erasure of the user is pending (already completed, or never asked for).
/// </summary>
internal sealed class ConfirmAccountErasureHandler(AccountsDbContext db, AccountErasure erasure, TimeProvider clock)
    : IRequestHandler<ConfirmAccountErasure, bool>
{
    public async Task<bool> Handle(ConfirmAccountErasure request, CancellationToken cancellationToken)
    {
        if (!await db.ErasureRequests.AnyAsync(r => r.UserId == request.UserId, cancellationToken))
        {
            return false;
        }

        if (!await db.ErasureConfirmations.AnyAsync(c => c.UserId == request.UserId && c.Module == request.Module, cancellationToken))
        {
            db.ErasureConfirmations.Add(new ErasureConfirmation
            {
                UserId = request.UserId,
                Module = request.Module,
                ConfirmedAt = clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync(cancellationToken);
        }

        await erasure.CompleteIfConfirmedAsync(request.UserId, cancellationToken);
        return true;
    }
}

internal sealed class ConfirmAccountErasureValidator : AbstractValidator<ConfirmAccountErasure>
{
    public ConfirmAccountErasureValidator()
    {
        RuleFor(r => r.UserId).NotEmpty();
        RuleFor(r => r.Module).NotEmpty().MaximumLength(ErasureConfirmation.ModuleMaxLength);
    }
}
