using System.Text.RegularExpressions;
using FitnessApp.Modules.Shared.Contracts.Messaging;
using FitnessApp.Modules.Shop.Catalog.PartnerImports.Admin;
using FitnessApp.Modules.Shop.Domain;
using FluentValidation;

namespace FitnessApp.Modules.Shop.Catalog.PartnerImports.CreatePartnerFeed;

internal sealed record CreatePartnerFeed(
    string? Code, string? Name, string? Format, string? Url, int? IntervalHours, bool? Enabled, Guid? DefaultCategoryId)
    : ICommand<PartnerFeedResponse>, IPartnerFeedFields;

internal sealed partial class CreatePartnerFeedValidator : PartnerFeedFieldsValidator<CreatePartnerFeed>
{
    public CreatePartnerFeedValidator()
    {
        RuleFor(r => r.Code).NotEmpty()
            .Must(c => c is null || (CodePattern().IsMatch(c) && c != Product.ManualSource))
            .WithMessage("'code' must be 2 to 40 lower-case letters, digits or dashes (and not 'manual').");
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,39}$")]
    private static partial Regex CodePattern();
}
