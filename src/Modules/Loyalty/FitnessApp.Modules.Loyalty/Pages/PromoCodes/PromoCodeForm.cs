using System.Globalization;
using FitnessApp.Modules.Loyalty.Promotions.Admin;
using FitnessApp.Modules.Loyalty.Promotions.CreatePromoCode;
using FitnessApp.Modules.Loyalty.Promotions.UpdatePromoCode;

namespace FitnessApp.Modules.Loyalty.Pages.PromoCodes;

/// <summary>The editor's fields: dates are whole UTC days (the code is valid from the start of the first to the start of the last).</summary>
internal sealed class PromoCodeForm
{
    public Guid? Id { get; init; }

    public string Code { get; set; } = "";

    public string Kind { get; set; } = "percentage";

    public int? Percent { get; set; } = 10;

    public decimal? Amount { get; set; }

    public string Currency { get; set; } = "";

    public DateTime? StartsOn { get; set; }

    public DateTime? EndsOn { get; set; }

    public int? TotalLimit { get; set; }

    public int? PerUserLimit { get; set; }

    public string Countries { get; set; } = "";

    public int MinimumLevel { get; set; } = 1;

    public decimal? MinimumOrderAmount { get; set; }

    public bool Active { get; set; } = true;

    public static PromoCodeForm New(DateTime today) => new() { StartsOn = today, EndsOn = today.AddMonths(1) };

    public static PromoCodeForm From(PromoCodeResponse code) => new()
    {
        Id = code.Id,
        Code = code.Code,
        Kind = code.Kind,
        Percent = code.Percent,
        Amount = code.Amount,
        Currency = code.Currency ?? "",
        StartsOn = code.StartsAt.Date,
        EndsOn = code.EndsAt.Date,
        TotalLimit = code.TotalLimit,
        PerUserLimit = code.PerUserLimit,
        Countries = string.Join(", ", code.Countries),
        MinimumLevel = code.MinimumLevel,
        MinimumOrderAmount = code.MinimumOrderAmount,
        Active = code.Active,
    };

    public CreatePromoCode ToCreate() =>
        new(Code, Kind, IsPercentage ? Percent : null, IsPercentage ? null : Amount, Blank(Currency), Instant(StartsOn), Instant(EndsOn),
            TotalLimit, PerUserLimit, CountryList, MinimumLevel, MinimumOrderAmount, Active);

    public UpdatePromoCode ToUpdate(Guid id) => UpdatePromoCode.From(id, ToCreate());

    public bool IsPercentage => Kind == "percentage";

    private IReadOnlyList<string> CountryList =>
        Countries.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateTimeOffset? Instant(DateTime? day) =>
        day is { } d ? new DateTimeOffset(DateTime.SpecifyKind(d.Date, DateTimeKind.Utc)) : null;

    public static string Discount(PromoCodeResponse code) =>
        code.Kind == "percentage"
            ? $"{code.Percent} %"
            : $"{code.Amount?.ToString("N2", CultureInfo.CurrentCulture)} {code.Currency}";
}
