using FluentValidation;

namespace FitnessApp.Modules.Training.Activities.GetActivityStreams;

internal sealed class GetActivityStreamsValidator : AbstractValidator<GetActivityStreams>
{
    public GetActivityStreamsValidator() =>
        RuleFor(r => r.Resolution)
            .Must(r => r is null || r == GetActivityStreams.Full || (int.TryParse(r, out var n) && n is >= GetActivityStreams.MinResolution and <= GetActivityStreams.MaxResolution))
            .WithMessage($"'resolution' must be '{GetActivityStreams.Full}' or a number of points from {GetActivityStreams.MinResolution} to {GetActivityStreams.MaxResolution}.");
}
