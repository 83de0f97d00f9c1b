using FluentValidation;

namespace FitnessApp.Modules.Accounts.Admin.ListUsers;

internal sealed class ListUsersValidator : AbstractValidator<ListUsers>
{
    public ListUsersValidator()
    {
        RuleFor(q => q.Search).MaximumLength(UserSearch.MaxLength);
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.PageSize).ValidPageSize();
    }
}
