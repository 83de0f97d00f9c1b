using FitnessApp.Modules.Training.Contracts.Activities;

namespace FitnessApp.Modules.Shop.Catalog.Demo;

internal sealed record DemoCategory(string Slug, string? Parent, string NameEn, string NameRu);

internal sealed record DemoModel(
    string Category, string Brand, string ModelEn, string ModelRu, string KindEn, string KindRu, long PriceMinor, string[] Sizes, string[] Colours, Sport[] Sports,
    string Material);

/// <summary>The demo catalog: nested categories and believable products (names en + ru, brands, sizes, colours, prices).</summary>
internal static class CatalogDemoData
{
    private static readonly string[] ShoeSizes = ["40", "41", "42", "43", "44", "45"];
    private static readonly string[] ClothingSizes = ["S", "M", "L", "XL"];
    private static readonly string[] OneSize = ["One size"];

    public static readonly DemoCategory[] Categories =
    [
        new("running", null, "Running", "Бег"),
        new("running-shoes", "running", "Running shoes", "Беговые кроссовки"),
        new("road-shoes", "running-shoes", "Road shoes", "Кроссовки для шоссе"),
        new("trail-shoes", "running-shoes", "Trail shoes", "Кроссовки для трейла"),
        new("cycling", null, "Cycling", "Велоспорт"),
        new("cycling-helmets", "cycling", "Helmets", "Шлемы"),
        new("cycling-clothing", "cycling", "Cycling clothing", "Велоодежда"),
        new("swimming", null, "Swimming", "Плавание"),
        new("swim-goggles", "swimming", "Goggles", "Очки для плавания"),
        new("swimwear", "swimming", "Swimwear", "Купальники и плавки"),
        new("apparel", null, "Apparel", "Одежда"),
        new("apparel-tops", "apparel", "Tops", "Футболки и лонгсливы"),
        new("apparel-jackets", "apparel", "Jackets", "Куртки"),
        new("accessories", null, "Accessories", "Аксессуары"),
        new("watches", "accessories", "Sports watches", "Спортивные часы"),
        new("bottles", "accessories", "Bottles and flasks", "Бутылки и фляги"),
        new("nutrition", null, "Nutrition", "Питание"),
        new("energy-gels", "nutrition", "Energy gels", "Энергетические гели"),
        new("drink-mixes", "nutrition", "Drink mixes", "Изотоники"),
    ];

    public static readonly DemoModel[] Models =
    [
        new("road-shoes", "Stridemax", "Glide 5", "Glide 5", "road running shoe", "кроссовки для бега по шоссе", 12990, ShoeSizes, ["Black", "Blue"], [Sport.Running], "Engineered mesh"),
        new("road-shoes", "Stridemax", "Tempo Pro", "Tempo Pro", "racing shoe with carbon plate", "гоночные кроссовки с карбоновой пластиной", 21990, ShoeSizes, ["White", "Orange"], [Sport.Running], "Knit upper, carbon plate"),
        new("road-shoes", "Northpace", "Daily Cushion", "Daily Cushion", "cushioned daily trainer", "мягкие кроссовки на каждый день", 9990, ShoeSizes, ["Grey", "Navy"], [Sport.Running, Sport.Walking], "Mesh"),
        new("road-shoes", "Northpace", "Light Racer", "Light Racer", "lightweight racer", "лёгкие гоночные кроссовки", 13490, ShoeSizes, ["Yellow"], [Sport.Running], "Mono mesh"),
        new("road-shoes", "Velo Athletics", "Stability 3", "Stability 3", "stability running shoe", "кроссовки с поддержкой стопы", 11990, ShoeSizes, ["Black", "Red"], [Sport.Running], "Mesh with TPU frame"),
        new("trail-shoes", "Ridgeline", "Summit GTX", "Summit GTX", "waterproof trail shoe", "непромокаемые кроссовки для трейла", 15990, ShoeSizes, ["Olive", "Black"], [Sport.TrailRunning, Sport.Hiking], "Waterproof membrane"),
        new("trail-shoes", "Ridgeline", "Scree Runner", "Scree Runner", "grippy mountain trail shoe", "цепкие кроссовки для горного трейла", 14490, ShoeSizes, ["Red", "Grey"], [Sport.TrailRunning], "Ripstop mesh, 5 mm lugs"),
        new("trail-shoes", "Stridemax", "Wild Trail", "Wild Trail", "all-terrain trail shoe", "кроссовки для любого рельефа", 12490, ShoeSizes, ["Green"], [Sport.TrailRunning], "Mesh"),
        new("trail-shoes", "Northpace", "Ultra Long", "Ultra Long", "cushioned ultra-distance trail shoe", "мягкие кроссовки для ультрамарафонов", 16990, ShoeSizes, ["Blue", "Black"], [Sport.TrailRunning], "Mesh, rock plate"),
        new("cycling-helmets", "Aerolite", "Road Aero", "Road Aero", "aero road helmet", "аэродинамический шоссейный шлем", 14990, ["S", "M", "L"], ["White", "Black"], [Sport.Cycling], "EPS, polycarbonate shell"),
        new("cycling-helmets", "Aerolite", "Trail MIPS", "Trail MIPS", "mountain bike helmet", "шлем для горного велосипеда", 11990, ["S", "M", "L"], ["Grey"], [Sport.Cycling], "EPS with MIPS liner"),
        new("cycling-helmets", "Pedalforce", "Commuter", "Commuter", "city helmet with light", "городской шлем с фонарём", 6990, ["M", "L"], ["Black", "Yellow"], [Sport.Cycling], "EPS"),
        new("cycling-clothing", "Pedalforce", "Classic", "Classic", "cycling jersey", "велоджерси", 5990, ClothingSizes, ["Blue", "Red"], [Sport.Cycling, Sport.IndoorCycling], "Recycled polyester"),
        new("cycling-clothing", "Pedalforce", "Endurance", "Endurance", "bib shorts", "велошорты с лямками", 8990, ClothingSizes, ["Black"], [Sport.Cycling, Sport.IndoorCycling], "Lycra, chamois pad"),
        new("cycling-clothing", "Aerolite", "Thermal", "Thermal", "winter cycling jacket", "зимняя велокуртка", 13990, ClothingSizes, ["Black", "Orange"], [Sport.Cycling], "Windproof softshell"),
        new("cycling-clothing", "Aerolite", "Grip", "Grip", "cycling gloves", "велоперчатки", 2490, ["S", "M", "L"], ["Black"], [Sport.Cycling], "Synthetic leather palm"),
        new("swim-goggles", "Aquaform", "Clear View", "Clear View", "pool goggles", "очки для бассейна", 1990, OneSize, ["Clear", "Blue"], [Sport.PoolSwimming], "Silicone seals"),
        new("swim-goggles", "Aquaform", "Open Water", "Open Water", "open water goggles", "очки для открытой воды", 2990, OneSize, ["Smoke", "Mirror"], [Sport.OpenWaterSwimming], "Polarised lenses"),
        new("swim-goggles", "Deepline", "Race", "Race", "racing goggles", "стартовые очки", 2490, OneSize, ["Black"], [Sport.PoolSwimming], "Low-profile frame"),
        new("swimwear", "Deepline", "Lane", "Lane", "training jammer", "тренировочные плавки-шорты", 3490, ["S", "M", "L", "XL"], ["Navy", "Black"], [Sport.PoolSwimming], "Chlorine-resistant PBT"),
        new("swimwear", "Aquaform", "Endure", "Endure", "training swimsuit", "тренировочный купальник", 4490, ["XS", "S", "M", "L"], ["Teal", "Black"], [Sport.PoolSwimming], "Chlorine-resistant PBT"),
        new("swimwear", "Deepline", "Thermo", "Thermo", "open water wetsuit", "гидрокостюм для открытой воды", 29990, ["S", "M", "L", "XL"], ["Black"], [Sport.OpenWaterSwimming], "Neoprene, 3–5 mm"),
        new("apparel-tops", "Northpace", "Breeze", "Breeze", "running T-shirt", "беговая футболка", 2990, ClothingSizes, ["White", "Coral", "Black"], [Sport.Running], "Recycled polyester"),
        new("apparel-tops", "Northpace", "Merino", "Merino", "merino long-sleeve", "лонгслив из мериноса", 6490, ClothingSizes, ["Grey", "Navy"], [Sport.Running, Sport.Hiking, Sport.Skiing], "Merino wool"),
        new("apparel-tops", "Velo Athletics", "Studio", "Studio", "yoga top", "топ для йоги", 3490, ["XS", "S", "M", "L"], ["Lilac", "Black"], [Sport.Yoga], "Modal blend"),
        new("apparel-tops", "Velo Athletics", "Power", "Power", "training tank", "майка для тренировок", 2490, ClothingSizes, ["Black", "Red"], [Sport.Strength], "Cotton blend"),
        new("apparel-jackets", "Ridgeline", "Storm", "Storm", "waterproof running jacket", "непромокаемая беговая куртка", 11990, ClothingSizes, ["Orange", "Black"], [Sport.Running, Sport.TrailRunning], "3-layer membrane"),
        new("apparel-jackets", "Ridgeline", "Wind Shell", "Wind Shell", "packable windbreaker", "компактная ветровка", 6990, ClothingSizes, ["Lime", "Blue"], [Sport.Running, Sport.Cycling], "Ripstop nylon"),
        new("apparel-jackets", "Northpace", "Down Lite", "Down Lite", "light down jacket", "лёгкий пуховик", 15990, ClothingSizes, ["Black", "Olive"], [Sport.Hiking, Sport.Skiing], "Goose down 90/10"),
        new("watches", "Pulsetrack", "Run 255", "Run 255", "GPS running watch", "GPS-часы для бега", 34990, OneSize, ["Black", "White"], [Sport.Running, Sport.TrailRunning], "Fibre-reinforced polymer"),
        new("watches", "Pulsetrack", "Multisport 9", "Multisport 9", "multisport GPS watch", "мультиспортивные GPS-часы", 59990, OneSize, ["Titanium"], [Sport.Running, Sport.Cycling, Sport.OpenWaterSwimming], "Titanium bezel, sapphire glass"),
        new("watches", "Pulsetrack", "HR Strap", "HR Strap", "chest heart rate monitor", "нагрудный пульсометр", 7990, ["S-M", "L-XL"], ["Black"], [Sport.Running, Sport.Cycling, Sport.IndoorCycling], "Textile strap"),
        new("bottles", "Hydrapeak", "Soft Flask", "Soft Flask", "500 ml soft flask", "мягкая фляга 500 мл", 1890, OneSize, ["Clear"], [Sport.Running, Sport.TrailRunning], "TPU, BPA free"),
        new("bottles", "Hydrapeak", "Cage Bottle", "Cage Bottle", "750 ml bike bottle", "велофляга 750 мл", 990, OneSize, ["Black", "Red", "Blue"], [Sport.Cycling], "LDPE, BPA free"),
        new("bottles", "Hydrapeak", "Thermo Steel", "Thermo Steel", "insulated steel bottle", "термобутылка из стали", 2990, OneSize, ["Silver", "Black"], [Sport.Hiking, Sport.Yoga], "Stainless steel"),
        new("bottles", "Ridgeline", "Vest 10", "Vest 10", "10 l running vest", "беговой жилет 10 л", 12990, ["S", "M", "L"], ["Black", "Blue"], [Sport.TrailRunning], "Stretch mesh"),
        new("energy-gels", "Fuelrun", "Citrus", "Цитрус", "energy gel, box of 24", "энергетический гель, 24 шт.", 4290, OneSize, ["Citrus"], [Sport.Running, Sport.Cycling, Sport.TrailRunning], "25 g carbohydrates per gel"),
        new("energy-gels", "Fuelrun", "Caffeine Berry", "Ягоды с кофеином", "caffeinated gel, box of 24", "гель с кофеином, 24 шт.", 4790, OneSize, ["Berry"], [Sport.Running, Sport.Cycling], "75 mg caffeine per gel"),
        new("energy-gels", "Enduro Lab", "Salted Caramel", "Солёная карамель", "energy gel, box of 12", "энергетический гель, 12 шт.", 2390, OneSize, ["Caramel"], [Sport.Running, Sport.Skiing], "Added sodium"),
        new("drink-mixes", "Enduro Lab", "Hydro Lemon", "Гидро лимон", "electrolyte drink mix, 500 g", "изотоник, 500 г", 1990, OneSize, ["Lemon"], [Sport.Running, Sport.Cycling, Sport.Rowing], "Sodium, potassium, magnesium"),
        new("drink-mixes", "Fuelrun", "Recovery Cocoa", "Какао для восстановления", "recovery shake, 1 kg", "восстанавливающий коктейль, 1 кг", 3490, OneSize, ["Cocoa"], [Sport.Strength, Sport.Running], "20 g protein per serving"),
        new("drink-mixes", "Fuelrun", "Carb Load", "Углеводная загрузка", "high-carb drink mix, 1 kg", "углеводный напиток, 1 кг", 2990, OneSize, ["Orange"], [Sport.Cycling, Sport.Running], "90 g carbohydrates per serving"),
    ];
}
