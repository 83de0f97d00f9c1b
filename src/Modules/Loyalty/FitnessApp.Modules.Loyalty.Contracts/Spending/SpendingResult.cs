namespace FitnessApp.Modules.Loyalty.Contracts.Spending;

public enum SpendingOutcome
{
    Done,

    /// <summary>The same call was already made; nothing changed.</summary>
    AlreadyDone,

    /// <summary>The order has no reservation.</summary>
    NotFound,

    /// <summary>The order's reservation is in a state that does not allow it (see the message).</summary>
    Refused,

    /// <summary>A refund would return more than the order spent, counting its earlier refunds; nothing was refunded.</summary>
    OverRefund,
}

/// <param name="Points">The points committed, released or refunded.</param>
public sealed record SpendingResult(SpendingOutcome Outcome, int Points, string? Message = null);
