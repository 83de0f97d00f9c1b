namespace FitnessApp.Modules.Loyalty.Achievements.Domain;

/// <summary>An achievement athletes can earn: what checks it (a kind and its JSON parameters), its reward and texts.</summary>
internal sealed class AchievementDefinition
{
    public const int CodeMaxLength = 40;
    public const int NameMaxLength = 80;
    public const int DescriptionMaxLength = 300;
    public const int ParametersMaxLength = 500;
    public const int BadgeMaxBytes = 64 * 1024;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Stable, URL-safe (lower-case letters, digits, dashes); names the badge and the ledger keys.</summary>
    public required string Code { get; init; }

    public AchievementChecker Checker { get; init; }

    /// <summary>The checker's parameters as JSON (see <see cref="CheckerParameters"/>).</summary>
    public required string ParametersJson { get; init; }

    /// <summary>Not shown (name, description, badge) until earned.</summary>
    public bool Hidden { get; set; }

    /// <summary>Progress toward the target is shown before it is earned.</summary>
    public bool Progressive { get; set; }

    /// <summary>Earned again each time the progress passes another multiple of the target.</summary>
    public bool Repeatable { get; set; }

    public int Points { get; set; }

    public required string NameEn { get; set; }

    public required string NameRu { get; set; }

    public required string DescriptionEn { get; set; }

    public required string DescriptionRu { get; set; }

    public required string BadgeSvg { get; set; }

    public bool Enabled { get; set; } = true;

    public int SortOrder { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    public CheckerParameters Parameters => CheckerParameters.Parse(ParametersJson);
}
