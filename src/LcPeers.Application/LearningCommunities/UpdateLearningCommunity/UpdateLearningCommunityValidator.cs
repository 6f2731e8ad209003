using FluentValidation;

namespace LcPeers.Application.LearningCommunities.UpdateLearningCommunity;

public sealed class UpdateLearningCommunityValidator : AbstractValidator<UpdateLearningCommunityCommand>
{
    public UpdateLearningCommunityValidator()
    {
        this.AddInputRules();
        RuleFor(x => x.Version).NotNull().WithMessage("'version' is required: send the version you read, so concurrent edits are detected.")
            .GreaterThanOrEqualTo(1).WithName("version");
    }
}
