using System.Text.RegularExpressions;
using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Training.Activities.RecordActivity;
using FitnessApp.Modules.Training.Contracts.Activities;
using FitnessApp.Modules.Training.Domain;
using FitnessApp.Modules.Training.Pages.Shared;

namespace FitnessApp.Modules.Training.Pages.Activities;

/// <summary>The manual entry form: what the athlete types, in their units, before it becomes a <see cref="RecordActivity"/>.</summary>
internal sealed partial class ActivityForm
{
    public const int MinHeartRate = RecordActivityValidator.MinHeartRate;
    public const int MaxHeartRate = RecordActivityValidator.MaxHeartRate;

    public Sport Sport { get; set; } = Sport.Running;

    public string? Title { get; set; }

    public DateOnly Date { get; set; }

    public TimeOnly Time { get; set; }

    public string TimeZone { get; set; } = "UTC";

    /// <summary>h:mm:ss</summary>
    public string? Elapsed { get; set; }

    /// <summary>h:mm:ss; the elapsed time when empty.</summary>
    public string? Moving { get; set; }

    /// <summary>km or mi.</summary>
    public double? Distance { get; set; }

    /// <summary>m or ft.</summary>
    public double? Elevation { get; set; }

    public int? AverageHeartRate { get; set; }

    public int? MaxHeartRateBpm { get; set; }

    public int? Calories { get; set; }

    public int? PerceivedEffort { get; set; }

    public string? Notes { get; set; }

    public Visibility Visibility { get; set; } = Visibility.Private;

    public Guid? GearId { get; set; }

    public List<ExerciseRow> Exercises { get; } = [];

    public SportRule Rule => SportRules.For(Sport);

    /// <summary>The client-side checks: required fields and ranges; each error names a resource key. The rest is the server's.</summary>
    public IEnumerable<FormError> Check()
    {
        if (string.IsNullOrWhiteSpace(Elapsed))
        {
            yield return new(this, nameof(Elapsed), "Error_ElapsedRequired");
        }
        else if (!DurationText.TryParse(Elapsed, out var elapsed) || elapsed <= 0)
        {
            yield return new(this, nameof(Elapsed), "Error_Duration");
        }

        if (!string.IsNullOrWhiteSpace(Moving) && !DurationText.TryParse(Moving, out _))
        {
            yield return new(this, nameof(Moving), "Error_Duration");
        }

        if (Rule.HasDistance && Distance is < 0)
        {
            yield return new(this, nameof(Distance), "Error_NotNegative");
        }

        if (Rule.HasElevation && Elevation is < 0)
        {
            yield return new(this, nameof(Elevation), "Error_NotNegative");
        }

        if (AverageHeartRate is < MinHeartRate or > MaxHeartRate)
        {
            yield return new(this, nameof(AverageHeartRate), "Error_HeartRate");
        }

        if (MaxHeartRateBpm is < MinHeartRate or > MaxHeartRate)
        {
            yield return new(this, nameof(MaxHeartRateBpm), "Error_HeartRate");
        }

        if (Calories is < 0)
        {
            yield return new(this, nameof(Calories), "Error_NotNegative");
        }

        if (PerceivedEffort is < 1 or > 10)
        {
            yield return new(this, nameof(PerceivedEffort), "Error_Effort");
        }

        if (Title?.Length > Activity.TitleMaxLength)
        {
            yield return new(this, nameof(Title), "Error_TitleTooLong");
        }

        if (Sport != Sport.Strength)
        {
            yield break;
        }

        foreach (var exercise in Exercises)
        {
            if (string.IsNullOrWhiteSpace(exercise.Name))
            {
                yield return new(exercise, nameof(ExerciseRow.Name), "Error_ExerciseName");
            }

            if (exercise.Sets.Count == 0)
            {
                yield return new(exercise, nameof(ExerciseRow.Sets), "Error_ExerciseSets");
            }

            foreach (var set in exercise.Sets)
            {
                if (set.Reps is null or < 1)
                {
                    yield return new(set, nameof(SetRow.Reps), "Error_Reps");
                }

                if (set.Weight is < 0)
                {
                    yield return new(set, nameof(SetRow.Weight), "Error_NotNegative");
                }

                if (set.RestSeconds is < 0)
                {
                    yield return new(set, nameof(SetRow.RestSeconds), "Error_NotNegative");
                }
            }
        }
    }

    /// <summary>The command, in SI units; the start is the date and time on the wall clock of <see cref="TimeZone"/>.</summary>
    public RecordActivity ToCommand(Guid ownerId, Measures measures)
    {
        int? elapsed = DurationText.TryParse(Elapsed, out var e) ? e : null;
        int? moving = DurationText.TryParse(Moving, out var m) ? m : null;
        var exercises = Sport == Sport.Strength && Exercises.Count > 0
            ? Exercises.Select(x => new ExerciseInput(
                x.Name, x.Sets.Select(s => new SetInput(s.Reps, s.Weight is { } w ? Math.Round(measures.FromWeightUnits(w), 3) : null, s.RestSeconds)).ToList())).ToList()
            : null;
        return new RecordActivity(
            ownerId,
            WireNames.Of(Sport),
            Title,
            StartInstant(),
            TimeZone,
            elapsed,
            moving,
            Rule.HasDistance && Distance is { } d ? Math.Round(measures.FromDistanceUnits(d), 1) : null,
            Rule.HasElevation && Elevation is { } up ? Math.Round(measures.FromElevationUnits(up), 1) : null,
            AverageHeartRate,
            MaxHeartRateBpm,
            Calories,
            PerceivedEffort,
            Notes,
            WireNames.Of(Visibility),
            GearId,
            exercises);
    }

    /// <summary>The instant of the wall-clock start; a time skipped by a daylight-saving change counts as the hour after; null for an unknown zone.</summary>
    public DateTimeOffset? StartInstant()
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var zone))
        {
            return null;
        }

        var local = Date.ToDateTime(Time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }

    /// <summary>
    /// The form field behind a server error's camelCase path (<c>distanceMeters</c>, <c>exercises[0].sets[1].reps</c>);
    /// null when no field shows it (the summary still does).
    /// </summary>
    public (object Model, string Field)? FieldOf(string path)
    {
        var match = ExercisePath().Match(path);
        if (match.Success)
        {
            var i = int.Parse(match.Groups["exercise"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (i >= Exercises.Count)
            {
                return (this, nameof(Exercises));
            }

            var exercise = Exercises[i];
            if (!match.Groups["set"].Success)
            {
                return match.Groups["field"].Value.ToLowerInvariant() switch
                {
                    "name" => (exercise, nameof(ExerciseRow.Name)),
                    _ => (exercise, nameof(ExerciseRow.Sets)),
                };
            }

            var j = int.Parse(match.Groups["set"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (j >= exercise.Sets.Count)
            {
                return (exercise, nameof(ExerciseRow.Sets));
            }

            var set = exercise.Sets[j];
            return match.Groups["field"].Value.ToLowerInvariant() switch
            {
                "reps" => (set, nameof(SetRow.Reps)),
                "weightkg" => (set, nameof(SetRow.Weight)),
                "restseconds" => (set, nameof(SetRow.RestSeconds)),
                _ => (exercise, nameof(ExerciseRow.Sets)),
            };
        }

        string? field = path.ToLowerInvariant() switch
        {
            "sport" => nameof(Sport),
            "title" => nameof(Title),
            "starttime" => nameof(Date),
            "timezone" => nameof(TimeZone),
            "elapsedseconds" => nameof(Elapsed),
            "movingseconds" => nameof(Moving),
            "distancemeters" => nameof(Distance),
            "elevationgainmeters" => nameof(Elevation),
            "averageheartrate" => nameof(AverageHeartRate),
            "maxheartrate" => nameof(MaxHeartRateBpm),
            "calories" => nameof(Calories),
            "perceivedeffort" => nameof(PerceivedEffort),
            "notes" => nameof(Notes),
            "visibility" => nameof(Visibility),
            "gearid" => nameof(GearId),
            "exercises" => nameof(Exercises),
            _ => null,
        };
        return field is null ? null : (this, field);
    }

    /// <summary>The visibility a new activity starts with, from the athlete's settings.</summary>
    public static Visibility VisibilityOf(FitnessApp.Modules.Accounts.Contracts.Profiles.DefaultVisibility setting) => setting switch
    {
        FitnessApp.Modules.Accounts.Contracts.Profiles.DefaultVisibility.Public => Visibility.Public,
        FitnessApp.Modules.Accounts.Contracts.Profiles.DefaultVisibility.Followers => Visibility.Followers,
        _ => Visibility.Private,
    };

    [GeneratedRegex(@"^exercises\[(?<exercise>\d+)\](\.sets(\[(?<set>\d+)\])?)?(\.(?<field>\w+))?$", RegexOptions.IgnoreCase)]
    private static partial Regex ExercisePath();
}

internal sealed class ExerciseRow
{
    public string? Name { get; set; }

    public List<SetRow> Sets { get; } = [new()];
}

internal sealed class SetRow
{
    public int? Reps { get; set; }

    /// <summary>kg or lb.</summary>
    public double? Weight { get; set; }

    public int? RestSeconds { get; set; }
}

/// <summary>A client-side error: the model and field it belongs to and the resource key of its message.</summary>
internal sealed record FormError(object Model, string Field, string MessageKey);
