namespace FitnessApp.Modules.Social.Moderation;

internal enum ReportStatus
{
    Open,
    Resolved,
}
