namespace FitnessApp.Modules.Devices.Files.Fit;

internal static class FitErrors
{
    public static ActivityFileException NotFit() =>
        new("fit.notFit", "This is not a FIT file: it does not start with a FIT file header.");

    public static ActivityFileException CorruptHeader() =>
        new("fit.corruptHeader", "The FIT file is damaged: one of its file headers is not valid.");

    public static ActivityFileException HeaderCrc() =>
        new("fit.headerCrc", "The FIT file is damaged: its header checksum does not match.");

    public static ActivityFileException FileCrc() =>
        new("fit.fileCrc", "The FIT file is damaged: its checksum does not match its contents.");

    public static ActivityFileException Truncated() =>
        new("fit.truncated", "The FIT file ends too early: it was probably not copied completely.");

    public static ActivityFileException UndefinedMessage() =>
        new("fit.corrupt", "The FIT file is damaged: it uses a message type it never defined.");

    public static ActivityFileException NotActivity() =>
        new("fit.notActivity", "This FIT file is not an activity (it holds device settings, monitoring or other data).");

    public static ActivityFileException NoRecords() =>
        new("fit.noRecords", "This FIT activity has no recorded samples to import.");

    public static ActivityFileException NoClock() =>
        new("fit.noClock", "The FIT file's times count from when the device was switched on, and it never recorded the clock time, so the activity cannot be dated.");
}
