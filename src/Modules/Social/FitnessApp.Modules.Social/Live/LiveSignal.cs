namespace FitnessApp.Modules.Social.Live;

internal enum LiveSignal
{
    /// <summary>A notification arrived: refresh the bell.</summary>
    Notification,

    /// <summary>The feed has something new at the top.</summary>
    Feed,

    /// <summary>
    /// An activity's kudos or comments changed: refresh its page. Raised and subscribed under the ACTIVITY's id (not a
    /// user's), so everyone with the page open hears it.
    /// </summary>
    ActivityInteractions,
}
