namespace FitnessApp.Modules.Loyalty.Achievements.Domain;

/// <summary>How an achievement's progress is measured; on the wire as camelCase strings.</summary>
internal enum AchievementChecker
{
    /// <summary>Any activity (target 1).</summary>
    FirstActivity,

    /// <summary>A total over the activities, of one sport or all: distance (m), moving time (s) or count.</summary>
    SportTotal,

    /// <summary>The longest run of consecutive local days with an activity.</summary>
    DayStreak,

    /// <summary>The longest run of consecutive ISO weeks with an activity.</summary>
    WeekStreak,

    /// <summary>Activities started before <see cref="CheckerParameters.Hour"/> local time (07:00 by default).</summary>
    EarlyBird,

    /// <summary>Activities started at or after <see cref="CheckerParameters.Hour"/> local time (21:00 by default).</summary>
    NightOwl,

    /// <summary>Activities after at least <see cref="CheckerParameters.GapDays"/> days without one.</summary>
    Comeback,

    /// <summary>The longest run of consecutive weekends (Saturday or Sunday) with an activity.</summary>
    WeekendStreak,

    /// <summary>Days with at least <see cref="CheckerParameters.Steps"/> steps.</summary>
    DailySteps,

    /// <summary>Personal records set (best efforts that were the athlete's best for their distance when recorded).</summary>
    PersonalRecords,

    /// <summary>Kudos given to other athletes' activities.</summary>
    KudosGiven,

    /// <summary>Distinct followers.</summary>
    Followers,
}
