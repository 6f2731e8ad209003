using FluentValidation;

namespace LcPeers.Application.Engagements.RescheduleSession;

public sealed class RescheduleSessionValidator : AbstractValidator<RescheduleSessionCommand>
{
    public RescheduleSessionValidator() => this.AddSessionRules(titleRequired: false);
}
