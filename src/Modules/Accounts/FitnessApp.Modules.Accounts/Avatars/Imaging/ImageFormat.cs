namespace FitnessApp.Modules.Accounts.Avatars.Imaging;

/// <summary>The image formats an avatar may be uploaded in.</summary>
internal enum ImageFormat
{
    Jpeg = 0,
    Png = 1,
    Webp = 2,
}
