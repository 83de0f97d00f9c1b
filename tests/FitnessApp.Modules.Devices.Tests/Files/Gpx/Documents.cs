using System.Text;
using FitnessApp.Modules.Devices.Files;

namespace FitnessApp.Modules.Devices.Tests.Files.Gpx;

internal static class Documents
{
    public static MemoryStream Of(string xml) => new(Encoding.UTF8.GetBytes(xml));

    public static ActivityFileException Refused(IActivityFileParser parser, string xml) =>
        Should.Throw<ActivityFileException>(() => parser.Parse(Of(xml)));
}
