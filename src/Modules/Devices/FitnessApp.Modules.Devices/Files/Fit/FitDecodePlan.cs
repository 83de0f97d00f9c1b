namespace FitnessApp.Modules.Devices.Files.Fit;

/// <summary>
/// What a definition message says about the data messages of one local type: their global message, byte order,
/// every field's offset, and their total size (developer fields included, so that they are skipped whole).
/// </summary>
internal sealed class FitDecodePlan(ushort globalMessage, bool bigEndian, FitFieldDefinition[] fields, int size)
{
    public ushort GlobalMessage { get; } = globalMessage;

    public bool BigEndian { get; } = bigEndian;

    public FitFieldDefinition[] Fields { get; } = fields;

    public int Size { get; } = size;

    public int IndexOf(byte fieldNumber)
    {
        for (var i = 0; i < Fields.Length; i++)
        {
            if (Fields[i].Number == fieldNumber)
            {
                return i;
            }
        }

        return -1;
    }
}
