using FluentValidation;

namespace LcPeers.Application.Experts.UpdateExpert;

public sealed class UpdateExpertValidator : AbstractValidator<UpdateExpertCommand>
{
    public UpdateExpertValidator()
    {
        this.AddProfileRules();
        this.AddAvailabilityRules(required: false);
        RuleFor(x => x.Version).NotNull().WithMessage("'version' is required: send the version you read, so concurrent edits are detected.");
    }
}
