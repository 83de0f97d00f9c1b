using FitnessApp.Modules.Accounts.Avatars;
using FitnessApp.Modules.Accounts.Avatars.Imaging;
using FitnessApp.Modules.Shared.Imaging;

namespace FitnessApp.Modules.Accounts.Demo;

/// <summary>Generated avatars for demo accounts: the initials in white on the name's colour.</summary>
internal static class DemoAvatars
{
    private const int Side = 512;
    private const string Font = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

    public static ProcessedAvatar Draw(string displayName)
    {
        using var picture = GdImage.Create(Side, Side);
        var (r, g, b, _) = Initials.Colour(displayName);
        picture.Fill(r, g, b);
        if (File.Exists(Font))
        {
            // Without the font the plain colour is still a fine avatar.
            picture.DrawCentredText(Font, 150, Initials.Of(displayName));
        }

        return AvatarImaging.Encode(picture);
    }
}
