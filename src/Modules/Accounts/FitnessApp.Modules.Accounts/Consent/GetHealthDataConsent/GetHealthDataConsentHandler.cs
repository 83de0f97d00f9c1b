using FitnessApp.Modules.Accounts.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Accounts.Consent.GetHealthDataConsent;

/// <summary>One query for all the ids asked for; only those who consented are answered.</summary>
internal sealed class GetHealthDataConsentHandler(AccountsDbContext db)
    : IRequestHandler<Contracts.Consent.GetHealthDataConsent, IReadOnlySet<Guid>>
{
    public async Task<IReadOnlySet<Guid>> Handle(Contracts.Consent.GetHealthDataConsent request, CancellationToken cancellationToken)
    {
        var ids = request.UserIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new HashSet<Guid>();
        }

        var consented = await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id) && u.HealthDataConsent)
            .Select(u => u.Id)
            .ToListAsync(cancellationToken);
        return consented.ToHashSet();
    }
}
