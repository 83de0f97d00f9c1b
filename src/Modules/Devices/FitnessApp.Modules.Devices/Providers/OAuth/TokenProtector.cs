using Microsoft.AspNetCore.DataProtection;

namespace FitnessApp.Modules.Devices.Providers.OAuth;

/// <summary>Provider tokens and PKCE verifiers go to the database only through this (Data Protection, keys shared by the hosts).</summary>
internal sealed class TokenProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("FitnessApp.Devices.Providers.Tokens.v1");

    public string Protect(string secret) => _protector.Protect(secret);

    public string? ProtectOrNull(string? secret) => secret is null ? null : _protector.Protect(secret);

    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);
}
