using System.Globalization;

namespace FitnessApp.Modules.Devices.Files.Xml;

/// <summary>Where a value sits ("track 1, point 35"), formatted only when an error message needs it.</summary>
internal readonly record struct Location(string Format, int First, int Second)
{
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, Format, First, Second);
}
