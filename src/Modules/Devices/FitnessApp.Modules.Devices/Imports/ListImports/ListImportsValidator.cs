using FitnessApp.Modules.Shared.Contracts.Paging;
using FluentValidation;

namespace FitnessApp.Modules.Devices.Imports.ListImports;

internal sealed class ListImportsValidator : AbstractValidator<ListImports>
{
    public ListImportsValidator()
    {
        RuleFor(r => r.Limit).InclusiveBetween(1, ListImports.MaxLimit);
        RuleFor(r => r.Cursor).Must(c => c is null || KeysetCursor.TryDecode(c, out _)).WithMessage("The cursor is not one this list returned.");
    }
}
