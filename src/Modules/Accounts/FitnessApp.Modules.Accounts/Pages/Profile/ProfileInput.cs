using FitnessApp.Modules.Accounts.Contracts.Profiles;
using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Accounts.Me;
using FitnessApp.Modules.Accounts.Me.UpdateProfile;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Accounts.Pages.Profile;

/// <summary>The profile form: height and weight in the athlete's units, the rest as stored.</summary>
internal sealed class ProfileInput
{
    private double? _loadedHeightCm;
    private double? _loadedHeight;
    private double? _loadedWeightKg;
    private double? _loadedWeight;

    public string? DisplayName { get; set; }

    public string? Bio { get; set; }

    public string? City { get; set; }

    public string? Country { get; set; }

    public DateOnly? BirthDate { get; set; }

    public string Sex { get; set; } = WireNames.Of(Contracts.Profiles.Sex.Unspecified);

    public double? Height { get; set; }

    public double? Weight { get; set; }

    public int? MaxHeartRate { get; set; }

    public int? RestingHeartRate { get; set; }

    public HashSet<Sport> PreferredSports { get; } = [];

    public static ProfileInput From(MeResponse me, BodyUnits units)
    {
        var profile = me.Profile;
        var input = new ProfileInput
        {
            DisplayName = me.DisplayName,
            Bio = profile.Bio,
            City = profile.City,
            Country = profile.Country,
            BirthDate = profile.BirthDate,
            Sex = WireNames.Of(profile.Sex),
            Height = units.ToHeightUnits(profile.HeightCm),
            Weight = units.ToWeightUnits(profile.WeightKg),
            MaxHeartRate = profile.MaxHeartRate,
            RestingHeartRate = profile.RestingHeartRate,
            _loadedHeightCm = profile.HeightCm,
            _loadedWeightKg = profile.WeightKg,
        };
        input._loadedHeight = input.Height;
        input._loadedWeight = input.Weight;
        input.PreferredSports.UnionWith(profile.PreferredSports);
        return input;
    }

    /// <summary>An unchanged height or weight keeps its stored value, so that a round trip through inches or pounds does not drift.</summary>
    public UpdateProfile ToRequest(Guid userId, BodyUnits units) => new(
        userId,
        DisplayName,
        Bio,
        City,
        string.IsNullOrEmpty(Country) ? null : Country,
        BirthDate,
        Sex,
        Height == _loadedHeight ? _loadedHeightCm : Round(units.FromHeightUnits(Height)),
        Weight == _loadedWeight ? _loadedWeightKg : Round(units.FromWeightUnits(Weight)),
        MaxHeartRate,
        RestingHeartRate,
        Enum.GetValues<Sport>().Where(PreferredSports.Contains).Select(s => (string?)WireNames.Of(s)).ToList());

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 1) : null;
}
