using FitnessApp.Modules.Accounts.Admin;
using FitnessApp.Modules.Accounts.Admin.ListUsers;
using FitnessApp.Modules.Accounts.Admin.SearchAudit;
using FitnessApp.Modules.Accounts.Security.Audit.SearchAuditLog;

namespace FitnessApp.Modules.Accounts.Tests.Admin;

public sealed class AdminPagingTests
{
    [Theory]
    [InlineData(1, 1, 0)]
    [InlineData(1, 20, 0)]
    [InlineData(3, 20, 40)]
    [InlineData(2, 100, 100)]
    public void Given_a_page_and_size_Then_the_rows_to_skip(int page, int pageSize, int skip)
    {
        AdminPaging.Skip(page, pageSize).ShouldBe(skip);
    }

    [Theory]
    [InlineData(0, 20, 1)]
    [InlineData(1, 20, 1)]
    [InlineData(20, 20, 1)]
    [InlineData(21, 20, 2)]
    [InlineData(40, 20, 2)]
    public void Given_a_total_Then_the_page_count_is_at_least_one(int total, int pageSize, int pages)
    {
        new AdminPage<string>([], 1, pageSize, total).PageCount.ShouldBe(pages);
    }

    [Theory]
    [InlineData(1, 1, null)]
    [InlineData(1, 100, null)]
    [InlineData(0, 20, "Page")]
    [InlineData(-1, 20, "Page")]
    [InlineData(1, 0, "PageSize")]
    [InlineData(1, 101, "PageSize")]
    public void Given_paging_of_the_users_list_When_validated_Then_only_bad_fields_are_named(int page, int pageSize, string? field)
    {
        var result = new ListUsersValidator().Validate(new ListUsers(null, page, pageSize));

        result.Errors.Select(e => e.PropertyName).ShouldBe(field is null ? [] : [field]);
    }

    [Fact]
    public void Given_a_search_of_257_characters_When_validated_Then_search_is_named()
    {
        var result = new ListUsersValidator().Validate(new ListUsers(new string('x', 257)));

        result.Errors.Select(e => e.PropertyName).ShouldBe(["Search"]);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("signedIn", null)]
    [InlineData("accountLocked", null)]
    [InlineData("SignedIn", null)]
    [InlineData("nonsense", "Kind")]
    [InlineData("1", "Kind")]
    public void Given_an_audit_kind_When_validated_Then_only_known_wire_names_pass(string? kind, string? field)
    {
        var result = new SearchAuditLogValidator().Validate(new SearchAuditLog(null, kind, null, null));

        result.Errors.Select(e => e.PropertyName).ShouldBe(field is null ? [] : [field]);
    }

    [Fact]
    public void Given_an_audit_range_ending_before_it_starts_When_validated_Then_to_is_named()
    {
        var from = new DateTime(2026, 11, 21, 10, 0, 0, DateTimeKind.Utc);

        var result = new SearchAuditLogValidator().Validate(new SearchAuditLog(null, null, from, from.AddHours(-1)));

        result.Errors.Select(e => e.PropertyName).ShouldBe(["To"]);
    }
}
