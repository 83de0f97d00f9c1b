using FitnessApp.Modules.Accounts.Contracts.Profiles;
using FitnessApp.Modules.Accounts.Consent;
using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Accounts.Legal;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Training.Contracts.Activities;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FitnessApp.Modules.Accounts.Me.UpdateProfile;

internal sealed class UpdateProfileHandler(AccountsDbContext db, IOptions<LegalOptions> legal) : IRequestHandler<UpdateProfile, MeResponse>
{
    public async Task<MeResponse> Handle(UpdateProfile request, CancellationToken cancellationToken)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == request.UserId, cancellationToken)
            ?? throw new NotFoundException("Account", request.UserId);
        user.DisplayName = request.DisplayName!.Trim();
        user.Bio = Text(request.Bio);
        user.City = Text(request.City);
        user.Country = Text(request.Country)?.ToUpperInvariant();
        user.BirthDate = request.BirthDate;
        user.Sex = request.Sex is null ? Sex.Unspecified : WireNames.Parse<Sex>(request.Sex);
        user.HeightCm = request.HeightCm;
        user.WeightKg = request.WeightKg;
        user.MaxHeartRate = request.MaxHeartRate;
        user.RestingHeartRate = request.RestingHeartRate;
        if (!user.HealthDataConsent)
        {
            // Health data without the consent is accepted and not stored (docs/adr/0013): the answer shows it was not kept.
            HealthData.ClearProfile(user);
        }

        user.PreferredSports = (request.PreferredSports ?? []).Select(s => WireNames.Parse<Sport>(s!)).Distinct().ToList();
        return await MeLoading.ResponseAsync(db, user, legal.Value, cancellationToken);
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
