using FitnessApp.Modules.Accounts.Contracts.Profiles;
using FitnessApp.Modules.Accounts.Data;
using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Training.Contracts.Activities;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Accounts.Me.UpdateProfile;

internal sealed class UpdateProfileHandler(AccountsDbContext db) : IRequestHandler<UpdateProfile, MeResponse>
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
        user.PreferredSports = (request.PreferredSports ?? []).Select(s => WireNames.Parse<Sport>(s!)).Distinct().ToList();
        return await MeLoading.ResponseAsync(db, user, cancellationToken);
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
