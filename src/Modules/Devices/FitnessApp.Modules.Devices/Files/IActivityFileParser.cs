namespace FitnessApp.Modules.Devices.Files;

/// <summary>Reads one activity file format. Throws <see cref="ActivityFileException"/> for anything it cannot read.</summary>
internal interface IActivityFileParser
{
    /// <summary>"fit", "gpx" or "tcx".</summary>
    string Format { get; }

    /// <summary>Every activity in the file (a FIT file can chain several; a GPX file can hold several tracks).</summary>
    IReadOnlyList<ParsedActivity> Parse(Stream file, CancellationToken cancellationToken = default);
}
