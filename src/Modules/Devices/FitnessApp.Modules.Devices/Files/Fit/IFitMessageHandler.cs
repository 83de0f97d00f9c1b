namespace FitnessApp.Modules.Devices.Files.Fit;

/// <summary>Receives every data message of a FIT stream as the decoder reaches it.</summary>
internal interface IFitMessageHandler
{
    /// <summary>A new FIT file starts (the first one, or the next one chained after it).</summary>
    void OnFileStart();

    void OnMessage(FitMessage message);
}
