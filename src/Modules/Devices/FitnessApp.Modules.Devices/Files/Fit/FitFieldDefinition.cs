namespace FitnessApp.Modules.Devices.Files.Fit;

/// <summary>Where one field sits in a data message of its local type.</summary>
internal readonly record struct FitFieldDefinition(byte Number, int Offset, int Size, byte BaseType);
