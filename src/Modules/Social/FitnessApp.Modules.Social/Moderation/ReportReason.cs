namespace FitnessApp.Modules.Social.Moderation;

/// <summary>Why something was reported; on the wire as camelCase strings.</summary>
internal enum ReportReason
{
    Spam,
    Harassment,
    Inappropriate,
    Other,
}
