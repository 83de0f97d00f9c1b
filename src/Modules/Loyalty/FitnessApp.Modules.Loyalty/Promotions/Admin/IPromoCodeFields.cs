namespace FitnessApp.Modules.Loyalty.Promotions.Admin;

/// <summary>What operators set on a code when creating or editing it (wire names: <c>kind</c> is percentage or fixedAmount).</summary>
internal interface IPromoCodeFields
{
    string? Code { get; }

    string? Kind { get; }

    int? Percent { get; }

    decimal? Amount { get; }

    string? Currency { get; }

    DateTimeOffset? StartsAt { get; }

    DateTimeOffset? EndsAt { get; }

    int? TotalLimit { get; }

    int? PerUserLimit { get; }

    IReadOnlyList<string>? Countries { get; }

    int? MinimumLevel { get; }

    decimal? MinimumOrderAmount { get; }

    bool? Active { get; }
}
