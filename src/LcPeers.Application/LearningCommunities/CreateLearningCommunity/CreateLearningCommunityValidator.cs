using FluentValidation;

namespace LcPeers.Application.LearningCommunities.CreateLearningCommunity;

public sealed class CreateLearningCommunityValidator : AbstractValidator<CreateLearningCommunityCommand>
{
    public CreateLearningCommunityValidator() => this.AddInputRules();
}
