using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Domain;
using FluentValidation;

namespace FitnessApp.Modules.Training.Gear;

/// <summary>The fields of gear a client sends (kind and sports as wire names such as <c>shoes</c>, <c>trailRunning</c>).</summary>
internal interface IGearInput
{
    string? Kind { get; }

    string? Name { get; }

    string? Brand { get; }

    string? Model { get; }

    IReadOnlyList<string>? Sports { get; }

    double? InitialDistanceMeters { get; }

    double? RetirementThresholdMeters { get; }
}

internal static class GearInputRules
{
    /// <summary>100,000 km: more than any bike will ever carry, small enough to keep sums exact.</summary>
    public const double MaxDistanceMeters = 100_000_000;

    public static void AddGearInputRules<T>(this AbstractValidator<T> validator)
        where T : IGearInput
    {
        validator.RuleFor(r => r.Kind).NotEmpty().Must(WireNames.IsValid<GearKind>)
            .WithMessage($"'kind' must be one of: {WireNames.Names<GearKind>()}.");
        validator.RuleFor(r => r.Name).NotEmpty().Must(n => n is null || !string.IsNullOrWhiteSpace(n))
            .WithMessage("'name' must not be blank.").MaximumLength(GearItem.NameMaxLength);
        validator.RuleFor(r => r.Brand).MaximumLength(GearItem.BrandMaxLength);
        validator.RuleFor(r => r.Model).MaximumLength(GearItem.ModelMaxLength);
        validator.RuleFor(r => r.Sports).Must(s => s is null || s.Count <= Enum.GetValues<Sport>().Length)
            .WithMessage("'sports' lists too many sports.");
        validator.RuleForEach(r => r.Sports).Must(WireNames.IsValid<Sport>)
            .WithMessage($"'sports' must hold only: {WireNames.Names<Sport>()}.");
        validator.RuleFor(r => r.InitialDistanceMeters).GreaterThanOrEqualTo(0).LessThanOrEqualTo(MaxDistanceMeters);
        validator.RuleFor(r => r.RetirementThresholdMeters).GreaterThan(0).LessThanOrEqualTo(MaxDistanceMeters);
    }

    /// <summary>Copies the validated input onto the gear (kind, threshold and timestamps are the caller's business).</summary>
    public static void ApplyTo(this IGearInput input, GearItem gear)
    {
        gear.Kind = WireNames.Parse<GearKind>(input.Kind!);
        gear.Name = input.Name!.Trim();
        gear.Brand = Blank(input.Brand);
        gear.Model = Blank(input.Model);
        gear.Sports = (input.Sports ?? []).Select(WireNames.Parse<Sport>).Distinct().Order().ToList();
        gear.InitialDistanceMeters = input.InitialDistanceMeters ?? 0;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
