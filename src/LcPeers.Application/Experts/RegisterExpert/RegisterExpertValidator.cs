using FluentValidation;

namespace LcPeers.Application.Experts.RegisterExpert;

public sealed class RegisterExpertValidator : AbstractValidator<RegisterExpertCommand>
{
    public RegisterExpertValidator()
    {
        this.AddProfileRules();
        this.AddAvailabilityRules(required: false);
    }
}
