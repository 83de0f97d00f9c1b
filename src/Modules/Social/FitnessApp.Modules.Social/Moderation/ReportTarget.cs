namespace FitnessApp.Modules.Social.Moderation;

/// <summary>What can be reported; on the wire as camelCase strings.</summary>
internal enum ReportTarget
{
    Activity,
    Comment,
    Group,
    Athlete,
}
