using FitnessApp.Modules.Shared.Web;
using FitnessApp.Modules.Shop.Catalog.PartnerImports.Domain;
using FluentValidation;

namespace FitnessApp.Modules.Shop.Catalog.PartnerImports.Admin;

internal abstract class PartnerFeedFieldsValidator<T> : AbstractValidator<T>
    where T : IPartnerFeedFields
{
    protected PartnerFeedFieldsValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(PartnerFeed.NameMaxLength);
        RuleFor(r => r.Format).NotEmpty().Must(WireNames.IsValid<FeedFormat>)
            .WithMessage($"'format' must be one of: {WireNames.Names<FeedFormat>()}.");
        RuleFor(r => r.Url).MaximumLength(PartnerFeed.UrlMaxLength)
            .Must(IsHttpUrl).When(r => !string.IsNullOrEmpty(r.Url))
            .WithMessage("'url' must be an absolute http or https address.");
        RuleFor(r => r.IntervalHours).NotNull().InclusiveBetween(PartnerFeed.MinIntervalHours, PartnerFeed.MaxIntervalHours);
    }

    public static bool IsHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && !string.IsNullOrEmpty(uri.Host);
}
