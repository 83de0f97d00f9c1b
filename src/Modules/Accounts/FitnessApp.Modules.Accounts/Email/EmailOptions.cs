namespace FitnessApp.Modules.Accounts.Email;

/// <summary><c>Accounts:Email:*</c>.</summary>
internal sealed class EmailOptions
{
    public const string Section = "Accounts:Email";

    /// <summary><c>Folder</c> (development default: messages land in the data folder and on /admin/mailbox) or <c>Smtp</c>.</summary>
    public EmailSenderKind Sender { get; set; } = EmailSenderKind.Folder;

    /// <summary>
    /// The portal's public address for the links in messages (e.g. https://fitness.example.com). Set it in
    /// production: without it links use the address of the request that caused the message, which a client
    /// controls through the Host header.
    /// </summary>
    public string? PortalUrl { get; set; }

    /// <summary>The folder sender's folder, relative to <c>Database:DataFolder</c>.</summary>
    public string Folder { get; set; } = "mailbox";

    public SmtpOptions Smtp { get; set; } = new();
}

internal enum EmailSenderKind
{
    Folder = 0,
    Smtp = 1,
}

/// <summary><c>Accounts:Email:Smtp:*</c>.</summary>
internal sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public bool EnableSsl { get; set; } = true;

    public string From { get; set; } = "FitnessApp <no-reply@fitnessapp.local>";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
