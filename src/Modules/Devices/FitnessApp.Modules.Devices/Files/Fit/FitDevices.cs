namespace FitnessApp.Modules.Devices.Files.Fit;

/// <summary>Readable names for the manufacturers (and a few products) most files come from; others are shown by number.</summary>
internal static class FitDevices
{
    private const int Garmin = 1;

    private static readonly Dictionary<int, string> Manufacturers = new()
    {
        [Garmin] = "Garmin",
        [13] = "Dynastream",
        [15] = "Dynastream",
        [23] = "Suunto",
        [32] = "Wahoo",
        [40] = "Concept2",
        [123] = "Polar",
        [255] = "Development",
        [260] = "Zwift",
        [265] = "Strava",
        [294] = "COROS",
    };

    private static readonly Dictionary<int, string> GarminProducts = new()
    {
        [717] = "Forerunner 405",
        [782] = "Forerunner 50",
        [988] = "Forerunner 60",
        [1018] = "Forerunner 310XT",
        [1036] = "Edge 500",
        [1169] = "Edge 800",
        [1328] = "Edge 810",
        [1561] = "Edge 510",
        [1765] = "Forerunner 920XT",
        [1967] = "Fenix 2",
        [2697] = "Fenix 5",
    };

    public static string? Name(int? manufacturer, int? product, string? productName)
    {
        if (manufacturer is not { } maker)
        {
            return productName;
        }

        var makerName = Manufacturers.TryGetValue(maker, out var known) ? known : $"Manufacturer {maker}";
        if (productName is not null)
        {
            return $"{makerName} {productName}";
        }

        if (maker == Garmin && product is { } p && GarminProducts.TryGetValue(p, out var model))
        {
            return $"{makerName} {model}";
        }

        return product is { } number ? $"{makerName} ({number})" : makerName;
    }
}
