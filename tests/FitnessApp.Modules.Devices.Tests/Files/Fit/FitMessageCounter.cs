using FitnessApp.Modules.Devices.Files.Fit;

namespace FitnessApp.Modules.Devices.Tests.Files.Fit;

/// <summary>Counts data messages and keeps chosen raw field values, to assert what the decoder saw.</summary>
internal sealed class FitMessageCounter(ushort? watchedMessage = null, byte watchedField = 0, double scale = 1) : IFitMessageHandler
{
    public int Files { get; private set; }

    public int Messages { get; private set; }

    public List<double?> Watched { get; } = [];

    public void OnFileStart() => Files++;

    public void OnMessage(FitMessage message)
    {
        Messages++;
        if (message.Global == watchedMessage)
        {
            Watched.Add(message.Get(watchedField, scale));
        }
    }

    public static FitMessageCounter Decode(string corpusFile, ushort? watchedMessage = null, byte watchedField = 0, double scale = 1)
    {
        var counter = new FitMessageCounter(watchedMessage, watchedField, scale);
        using var file = Corpus.Open(corpusFile);
        new FitDecoder(file, counter).Decode();
        return counter;
    }
}
