using System.Net;
using FitnessApp.Modules.Accounts.Contracts.Security;
using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Shared.Web;
using Microsoft.AspNetCore.Http;

namespace FitnessApp.Modules.Accounts.Security.Audit;

/// <summary>How an event and the request it happened in become an audit row.</summary>
internal static class AuditEntries
{
    public static AuditEntry Create(SecurityEventKind kind, Guid? userId, string? email, string? details, HttpContext? request, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(),
        OccurredAt = now,
        Kind = WireNames.Of(kind),
        UserId = userId,
        Email = Clip(email?.Trim(), AuditEntry.EmailMaxLength),
        IpAddress = ClientAddress(request?.Connection.RemoteIpAddress),
        UserAgent = Clip(request?.Request.Headers.UserAgent.ToString(), AuditEntry.UserAgentMaxLength),
        Details = Clip(details, AuditEntry.DetailsMaxLength),
    };

    /// <summary>IPv4 clients reached over a dual-stack socket are shown as IPv4.</summary>
    public static string? ClientAddress(IPAddress? address) =>
        address is null ? null : (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();

    private static string? Clip(string? text, int length) =>
        string.IsNullOrEmpty(text) ? null : text.Length <= length ? text : text[..length];
}
