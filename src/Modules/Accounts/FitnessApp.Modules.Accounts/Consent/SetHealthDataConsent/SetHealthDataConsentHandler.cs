using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Accounts.Legal;
using FitnessApp.Modules.Accounts.Security.Audit;
using FitnessApp.Modules.Shared.Errors;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Accounts.Consent.SetHealthDataConsent;

internal sealed class SetHealthDataConsentHandler(AccountsDbContext db, AuditTrail audit, TimeProvider clock, IOptions<LegalOptions> legal)
    : IRequestHandler<SetHealthDataConsent, PrivacyResponse>
{
    public async Task<PrivacyResponse> Handle(SetHealthDataConsent request, CancellationToken cancellationToken)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == request.UserId, cancellationToken)
            ?? throw new NotFoundException("Account", request.UserId);
        HealthData.SetConsent(db, audit, user, request.Granted!.Value, clock.GetUtcNow().UtcDateTime);
        return PrivacyResponse.From(user, legal.Value);
    }
}
