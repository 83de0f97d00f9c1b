using System.Text;
using FitnessApp.Modules.Shared.Imaging;
using FitnessApp.Modules.Shop.Catalog.Demo;

namespace FitnessApp.Modules.Shop.Catalog.Images.Demo;

/// <summary>
/// A drawn picture for a demo product, honest about being one: the section's colour, a disc in the product's first
/// colour, the brand's initial and the model's name, put through the same resize and encoding as an upload.
/// </summary>
internal static class DemoProductPicture
{
    public const int Side = 720;
    private const string Font = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

    private static readonly Dictionary<string, (byte R, byte G, byte B)> Sections = new(StringComparer.Ordinal)
    {
        ["running"] = (0x1E, 0x88, 0xE5),
        ["cycling"] = (0x43, 0xA0, 0x47),
        ["swimming"] = (0x00, 0x89, 0x7B),
        ["apparel"] = (0x8E, 0x24, 0xAA),
        ["accessories"] = (0x39, 0x49, 0xAB),
        ["nutrition"] = (0xF4, 0x51, 0x1E),
    };

    private static readonly Dictionary<string, (byte R, byte G, byte B)> Colours = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Black"] = (0x21, 0x21, 0x21), ["White"] = (0xF5, 0xF5, 0xF5), ["Blue"] = (0x19, 0x76, 0xD2), ["Navy"] = (0x1A, 0x23, 0x7E),
        ["Red"] = (0xD3, 0x2F, 0x2F), ["Orange"] = (0xF5, 0x7C, 0x00), ["Yellow"] = (0xFB, 0xC0, 0x2D), ["Green"] = (0x38, 0x8E, 0x3C),
        ["Olive"] = (0x82, 0x77, 0x17), ["Grey"] = (0x75, 0x75, 0x75), ["Teal"] = (0x00, 0x79, 0x6B), ["Lilac"] = (0xB3, 0x9D, 0xDB),
        ["Coral"] = (0xFF, 0x70, 0x43), ["Lime"] = (0xAF, 0xB4, 0x2B), ["Silver"] = (0xBD, 0xBD, 0xBD), ["Titanium"] = (0x90, 0xA4, 0xAE),
    };

    public static ProcessedProductImage Draw(DemoModel model, string section)
    {
        using var picture = GdImage.Create(Side, Side);
        var (r, g, b) = Sections.GetValueOrDefault(section, ((byte)0x6D, (byte)0x4C, (byte)0x41));
        picture.Fill(r, g, b);
        var (cr, cg, cb) = Colours.GetValueOrDefault(model.Colours.FirstOrDefault() ?? string.Empty, Mix(model.Brand));
        picture.FillEllipse(255, 255, 255, Side / 2, Side / 2 - 40, 440, 440);
        picture.FillEllipse(cr, cg, cb, Side / 2, Side / 2 - 40, 400, 400);
        if (File.Exists(Font))
        {
            // Without the font the composition is still a fine placeholder.
            picture.DrawCentredText(Font, 150, model.Brand[..1].ToUpperInvariant(), -40);
            picture.DrawCentredText(Font, 36, model.ModelEn, 270);
        }

        return ProductImaging.Encode(picture);
    }

    /// <summary>A stable colour for a colour name the table does not know (not string.GetHashCode, which changes per run).</summary>
    private static (byte, byte, byte) Mix(string text)
    {
        var hash = Encoding.UTF8.GetBytes(text).Aggregate(17u, (h, c) => unchecked((h * 31) + c));
        return ((byte)(64 + (hash & 0x7F)), (byte)(64 + ((hash >> 8) & 0x7F)), (byte)(64 + ((hash >> 16) & 0x7F)));
    }
}
