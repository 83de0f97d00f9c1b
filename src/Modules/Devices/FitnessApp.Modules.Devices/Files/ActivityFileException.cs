namespace FitnessApp.Modules.Devices.Files;

/// <summary>
/// The file cannot be read as the activity file it claims to be. <see cref="Code"/> is machine-readable
/// (e.g. <c>fit.crcMismatch</c>, <c>gpx.noTrack</c>, <c>xml.dtdProhibited</c>); the message says what is wrong
/// in words a user understands. The import endpoint turns it into a 4xx problem document.
/// </summary>
internal sealed class ActivityFileException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
