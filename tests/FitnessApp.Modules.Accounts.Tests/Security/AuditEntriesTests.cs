using System.Net;
using FitnessApp.Modules.Accounts.Contracts.Security;
using FitnessApp.Modules.Accounts.Domain;
using FitnessApp.Modules.Accounts.Security.Audit;
using Microsoft.AspNetCore.Http;

namespace FitnessApp.Modules.Accounts.Tests.Security;

public sealed class AuditEntriesTests
{
    private static readonly DateTime Now = new(2026, 11, 21, 18, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Given_an_event_in_a_request_Then_the_entry_has_the_time_kind_user_address_and_agent()
    {
        var userId = Guid.NewGuid();
        var request = new DefaultHttpContext();
        request.Connection.RemoteIpAddress = IPAddress.Parse("::ffff:198.51.100.4");
        request.Request.Headers.UserAgent = "FitnessApp-iOS/3.1";

        var entry = AuditEntries.Create(SecurityEventKind.SignInFailed, userId, " runner@example.com ", "wrong password", request, Now);

        entry.OccurredAt.ShouldBe(Now);
        entry.Kind.ShouldBe("signInFailed");
        entry.UserId.ShouldBe(userId);
        entry.Email.ShouldBe("runner@example.com");
        entry.IpAddress.ShouldBe("198.51.100.4");
        entry.UserAgent.ShouldBe("FitnessApp-iOS/3.1");
        entry.Details.ShouldBe("wrong password");
        entry.Id.ShouldNotBe(Guid.Empty);
    }

    [Fact]
    public void Given_an_event_outside_a_request_Then_address_and_agent_are_empty()
    {
        var entry = AuditEntries.Create(SecurityEventKind.AccountErased, null, null, null, null, Now);

        entry.Kind.ShouldBe("accountErased");
        entry.IpAddress.ShouldBeNull();
        entry.UserAgent.ShouldBeNull();
        entry.Email.ShouldBeNull();
    }

    [Fact]
    public void Given_oversized_texts_Then_they_are_clipped_to_their_columns()
    {
        var request = new DefaultHttpContext();
        request.Request.Headers.UserAgent = new string('a', 2_000);

        var entry = AuditEntries.Create(SecurityEventKind.RoleGranted, null, null, new string('d', 5_000), request, Now);

        entry.UserAgent!.Length.ShouldBe(AuditEntry.UserAgentMaxLength);
        entry.Details!.Length.ShouldBe(AuditEntry.DetailsMaxLength);
    }

    [Fact]
    public void Given_every_event_kind_Then_its_wire_name_fits_the_kind_column()
    {
        foreach (var kind in Enum.GetValues<SecurityEventKind>())
        {
            AuditEntries.Create(kind, null, null, null, null, Now).Kind.Length.ShouldBeLessThanOrEqualTo(AuditEntry.KindMaxLength);
        }
    }
}
