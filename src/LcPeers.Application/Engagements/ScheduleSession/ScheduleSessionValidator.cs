using FluentValidation;
using LcPeers.Domain.Common;
using LcPeers.Domain.Engagements;

namespace LcPeers.Application.Engagements.ScheduleSession;

public sealed class ScheduleSessionValidator : AbstractValidator<ScheduleSessionCommand>
{
    public ScheduleSessionValidator()
    {
        this.AddSessionRules(titleRequired: true);
        RuleFor(x => x.Kind).Must(k => k is null || Codes<SessionKind>.IsValid(k))
            .WithMessage($"'kind' must be one of: {string.Join(", ", Codes<SessionKind>.All)}.");
    }
}
