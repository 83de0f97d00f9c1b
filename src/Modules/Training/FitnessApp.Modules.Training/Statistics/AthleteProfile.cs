namespace FitnessApp.Modules.Training.Statistics;

/// <summary>The sex used to choose the Banister TRIMP weighting.</summary>
internal enum TrimpSex
{
    Unknown = 0,
    Male = 1,
    Female = 2,
}

/// <summary>What the statistics need to know about the athlete; every field is optional.</summary>
/// <param name="MaxHeartRate">HRmax in bpm; when absent and <paramref name="Age"/> is known, 220 − age is used.</param>
/// <param name="RestingHeartRate">HRrest in bpm; needed for the heart-rate-reserve (Karvonen) zones.</param>
/// <param name="Age">Age in years (fallback for HRmax only).</param>
/// <param name="Sex">Chooses the TRIMP weighting.</param>
/// <param name="WeightKg">Body mass for the MET calorie estimate.</param>
internal sealed record AthleteProfile(
    double? MaxHeartRate = null,
    double? RestingHeartRate = null,
    int? Age = null,
    TrimpSex Sex = TrimpSex.Unknown,
    double? WeightKg = null)
{
    /// <summary>HRmax from the profile, else 220 − age, else <see langword="null"/>.</summary>
    public double? EffectiveMaxHeartRate =>
        MaxHeartRate is > 0 ? MaxHeartRate : Age is > 0 and < 220 ? 220 - Age.Value : null;
}
