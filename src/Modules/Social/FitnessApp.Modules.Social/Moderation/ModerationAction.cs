namespace FitnessApp.Modules.Social.Moderation;

/// <summary>What an operator did about a reported target; on the wire as camelCase strings.</summary>
internal enum ModerationAction
{
    /// <summary>Nothing wrong found.</summary>
    Dismiss,

    /// <summary>The target is hidden (reversible).</summary>
    Hide,

    /// <summary>The owner gets a warning notification.</summary>
    Warn,

    /// <summary>The owner's account is locked for some days.</summary>
    Suspend,
}
