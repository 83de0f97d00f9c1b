namespace FitnessApp.Modules.Devices.Imports.Files;

/// <summary>What a file is, by its content (<see cref="FileSniffer"/>) or by what its name claims.</summary>
internal enum FileKind
{
    Unknown,
    Empty,
    Fit,
    Gpx,
    Tcx,

    /// <summary>XML whose root could not be seen in the first bytes (e.g. behind a DTD) or is another document.</summary>
    Xml,
    Gzip,
    Zip,
}
