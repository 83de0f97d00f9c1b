namespace FitnessApp.Modules.Devices.Files.Xml;

/// <summary>How much an activity XML document may hold before it is refused as <c>xml.tooLarge</c>.</summary>
internal sealed record XmlLimits(long MaxCharacters = 400_000_000, int MaxDepth = 64)
{
    public static XmlLimits Default { get; } = new();
}
