using FitnessApp.Modules.Loyalty.Challenges.Domain;
using FitnessApp.Modules.Loyalty.Data;
using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Training.Contracts.Activities;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FitnessApp.Modules.Loyalty.Challenges;

/// <summary>What a creator sends: goal and sports as wire names (<c>movingTime</c>, <c>trailRunning</c>), instants in ISO 8601.</summary>
internal interface IChallengeFields
{
    string? Title { get; }

    string? Description { get; }

    string? Goal { get; }

    double? GoalValue { get; }

    IReadOnlyList<string>? Sports { get; }

    DateTimeOffset? StartsAt { get; }

    DateTimeOffset? EndsAt { get; }

    int? FinisherPoints { get; }

    int? FirstPlacePoints { get; }

    int? SecondPlacePoints { get; }

    int? ThirdPlacePoints { get; }
}

/// <summary>
/// The rules every challenge's fields follow, whoever creates or edits it: the one validator of the fields, included by each
/// request's validator (<c>Include(new ChallengeFieldsValidator())</c>).
/// </summary>
internal sealed class ChallengeFieldsValidator : AbstractValidator<IChallengeFields>
{
    public const int MaxPoints = 10_000;
    public static readonly TimeSpan MaxPeriod = TimeSpan.FromDays(366);

    public ChallengeFieldsValidator()
    {
        RuleFor(c => c.Title).NotEmpty().MaximumLength(Challenge.TitleMaxLength);
        RuleFor(c => c.Description).MaximumLength(Challenge.DescriptionMaxLength);
        RuleFor(c => c.Goal).NotEmpty().Must(g => WireNames.IsValid<ChallengeGoal>(g))
            .WithMessage($"'goal' must be one of: {WireNames.Names<ChallengeGoal>()}.");
        RuleFor(c => c.GoalValue).NotNull().GreaterThan(0)
            .Must((c, v) => v is null || !WireNames.TryParse<ChallengeGoal>(c.Goal, out var goal) || v <= MaxGoal(goal))
            .WithMessage(c => $"'goalValue' is absurd for this goal (at most {(WireNames.TryParse<ChallengeGoal>(c.Goal, out var goal) ? MaxGoal(goal) : 0)}).");
        RuleFor(c => c.Sports).Must(s => s is null || s.Count <= 20).WithMessage("'sports' may hold at most 20 sports.");
        RuleForEach(c => c.Sports).Must(s => WireNames.IsValid<Sport>(s)).WithMessage($"'sports' must hold only: {WireNames.Names<Sport>()}.");
        RuleFor(c => c.StartsAt).NotNull();
        RuleFor(c => c.EndsAt).NotNull()
            .Must((c, end) => c.StartsAt is null || end is null || end > c.StartsAt).WithMessage("'endsAt' must be after 'startsAt'.")
            .Must((c, end) => c.StartsAt is null || end is null || end - c.StartsAt <= MaxPeriod).WithMessage("A challenge lasts at most 366 days.");
        RuleFor(c => c.FinisherPoints).InclusiveBetween(0, MaxPoints);
        RuleFor(c => c.FirstPlacePoints).InclusiveBetween(0, MaxPoints);
        RuleFor(c => c.SecondPlacePoints).InclusiveBetween(0, MaxPoints);
        RuleFor(c => c.ThirdPlacePoints).InclusiveBetween(0, MaxPoints);
    }

    /// <summary>Far beyond what anyone does in a year: 100,000 km, 10,000 h, 10,000 km up, 10,000 activities, 100 million steps.</summary>
    public static double MaxGoal(ChallengeGoal goal) => goal switch
    {
        ChallengeGoal.Distance => 100_000_000,
        ChallengeGoal.MovingTime => 36_000_000,
        ChallengeGoal.Elevation => 10_000_000,
        ChallengeGoal.ActivityCount => 10_000,
        _ => 100_000_000,
    };
}

internal static class ChallengeFieldsMapping
{
    /// <summary>Copies validated fields onto a challenge.</summary>
    public static void ApplyTo(this IChallengeFields fields, Challenge challenge)
    {
        challenge.Title = fields.Title!.Trim();
        challenge.Description = string.IsNullOrWhiteSpace(fields.Description) ? null : fields.Description.Trim();
        challenge.Goal = WireNames.Parse<ChallengeGoal>(fields.Goal!);
        challenge.GoalValue = fields.GoalValue!.Value;
        challenge.Sports = challenge.Goal == ChallengeGoal.Steps ? [] : (fields.Sports ?? []).Select(WireNames.Parse<Sport>).Distinct().Order().ToList();
        challenge.StartsAt = fields.StartsAt!.Value.UtcDateTime;
        challenge.EndsAt = fields.EndsAt!.Value.UtcDateTime;
        challenge.FinisherPoints = fields.FinisherPoints ?? 0;
        challenge.FirstPlacePoints = fields.FirstPlacePoints ?? 0;
        challenge.SecondPlacePoints = fields.SecondPlacePoints ?? 0;
        challenge.ThirdPlacePoints = fields.ThirdPlacePoints ?? 0;
    }
}

internal static class ChallengeEditing
{
    /// <summary>Applies validated fields to a tracked challenge that is not finalized (else 409); the unit of work saves.</summary>
    public static ChallengeResponse Edit(this Challenge challenge, IChallengeFields fields, DateTime now)
    {
        if (challenge.FinalizedAt is not null)
        {
            throw new ConflictException("A finalized challenge cannot be changed.");
        }

        fields.ApplyTo(challenge);
        challenge.UpdatedAt = now;
        return ChallengeResponse.From(challenge, now, challenge.ParticipantCount, null, null);
    }
}
