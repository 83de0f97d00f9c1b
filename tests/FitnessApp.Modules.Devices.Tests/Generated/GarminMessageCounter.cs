using FitnessApp.Modules.Devices.Files.Fit;

namespace FitnessApp.Modules.Devices.Tests.Generated;

/// <summary>Counts our decoder's data messages per kind, named as Garmin's decoder names its lists.</summary>
internal sealed class GarminMessageCounter : IFitMessageHandler
{
    private static readonly Dictionary<ushort, string> Names = new()
    {
        [0] = "fileIdMesgs",
        [18] = "sessionMesgs",
        [19] = "lapMesgs",
        [20] = "recordMesgs",
        [21] = "eventMesgs",
        [23] = "deviceInfoMesgs",
        [34] = "activityMesgs",
        [101] = "lengthMesgs",
        [206] = "fieldDescriptionMesgs",
        [207] = "developerDataIdMesgs",
    };

    public int Files { get; private set; }

    public SortedDictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);

    public void OnFileStart() => Files++;

    public void OnMessage(FitMessage message)
    {
        var name = Names.TryGetValue(message.Global, out var known) ? known : $"message {message.Global}";
        Counts[name] = Counts.GetValueOrDefault(name) + 1;
    }

    public static GarminMessageCounter Decode(string fitFile)
    {
        var counter = new GarminMessageCounter();
        using var file = File.OpenRead(GarminExpectation.PathOf(fitFile));
        new FitDecoder(file, counter).Decode();
        return counter;
    }
}
