namespace FitnessApp.Modules.Devices.Imports;

/// <summary>
/// An upload that cannot be imported, with the status of its problem document, a machine-readable <see cref="Code"/>
/// (the parser's own code for a file it cannot read, e.g. <c>fit.crcMismatch</c>) and, for a duplicate, the activity
/// imported before.
/// </summary>
internal sealed class ImportRejectedException(int status, string code, string message, Guid? existingActivityId = null) : Exception(message)
{
    public int Status { get; } = status;

    public string Code { get; } = code;

    public Guid? ExistingActivityId { get; } = existingActivityId;
}
