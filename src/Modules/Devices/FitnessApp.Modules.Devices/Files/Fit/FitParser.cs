namespace FitnessApp.Modules.Devices.Files.Fit;

/// <summary>Reads FIT activity files (chained files included) with our own streaming decoder: one activity per session.</summary>
internal sealed class FitParser : IActivityFileParser
{
    public string Format => "fit";

    public IReadOnlyList<ParsedActivity> Parse(Stream file, CancellationToken cancellationToken = default)
    {
        var builder = new FitActivityBuilder();
        new FitDecoder(file, builder).Decode(cancellationToken);
        return builder.Build();
    }
}
