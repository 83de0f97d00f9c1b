using FluentValidation;

namespace FitnessApp.Modules.Devices.Imports.ListImports;

internal sealed class ListImportsValidator : AbstractValidator<ListImports>
{
    public ListImportsValidator()
    {
        RuleFor(r => r.Limit).InclusiveBetween(1, ListImports.MaxLimit);
        RuleFor(r => r.Cursor).Must(c => c is null || ImportCursor.TryDecode(c, out _)).WithMessage("The cursor is not one this list returned.");
    }
}
