namespace FitnessApp.Modules.Shop.Domain;

internal enum StockChangeReason
{
    /// <summary>An operator counted or received goods.</summary>
    Adjustment,

    /// <summary>A partner feed set the quantity.</summary>
    Import,

    /// <summary>Taken by an order when it was placed.</summary>
    OrderReserved,

    /// <summary>Given back by a cancelled or unpaid order.</summary>
    OrderReleased,

    /// <summary>Returned goods put back on sale.</summary>
    Returned,
}
