namespace FitnessApp.Modules.Loyalty.Domain;

/// <summary>A level and the lifetime points that reach it (data operators may edit; level 1 starts at 0).</summary>
internal sealed class LevelDefinition
{
    public const int NameMaxLength = 60;

    public int Number { get; init; }

    public int MinimumPoints { get; set; }

    public required string NameEn { get; set; }

    public required string NameRu { get; set; }
}
