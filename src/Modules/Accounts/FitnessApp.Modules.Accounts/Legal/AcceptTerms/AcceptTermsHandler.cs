using FitnessApp.Modules.Accounts.Consent;
using FitnessApp.Modules.Accounts.Contracts.Security;
using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Accounts.Security.Audit;
using FitnessApp.Modules.Shared.Errors;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Accounts.Legal.AcceptTerms;

internal sealed class AcceptTermsHandler(AccountsDbContext db, AuditTrail audit, TimeProvider clock, IOptions<LegalOptions> legal)
    : IRequestHandler<AcceptTerms, PrivacyResponse>
{
    public async Task<PrivacyResponse> Handle(AcceptTerms request, CancellationToken cancellationToken)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == request.UserId, cancellationToken)
            ?? throw new NotFoundException("Account", request.UserId);
        Accept(audit, user, legal.Value.TermsVersion, clock.GetUtcNow().UtcDateTime);
        return PrivacyResponse.From(user, legal.Value);
    }

    /// <summary>Idempotent: accepting the version already accepted changes nothing and is not audited again.</summary>
    public static void Accept(AuditTrail audit, User user, string version, DateTime now)
    {
        if (user.AcceptedTermsVersion == version)
        {
            return;
        }

        user.AcceptedTermsVersion = version;
        user.TermsAcceptedAt = now;
        audit.Add(SecurityEventKind.TermsAccepted, user, $"Terms and privacy policy version {version}");
    }
}
