namespace FitnessApp.Modules.Devices.Files.Fit;

/// <summary>
/// What a definition message says about the data messages of one local type: their global message, byte order,
/// every field's offset, and their total size (developer fields included, so that they are skipped whole).
/// </summary>
internal sealed class FitDecodePlan(ushort globalMessage, bool bigEndian, FitFieldDefinition[] fields, int size)
{
    private readonly short[] indexByNumber = IndexFields(fields);

    public ushort GlobalMessage { get; } = globalMessage;

    public bool BigEndian { get; } = bigEndian;

    public FitFieldDefinition[] Fields { get; } = fields;

    public int Size { get; } = size;

    public int IndexOf(byte fieldNumber) => indexByNumber[fieldNumber];

    private static short[] IndexFields(FitFieldDefinition[] fields)
    {
        var index = new short[256];
        Array.Fill(index, (short)-1);

        // Backwards, so that a field number defined twice resolves to its first occurrence.
        for (var i = fields.Length - 1; i >= 0; i--)
        {
            index[fields[i].Number] = (short)i;
        }

        return index;
    }
}
