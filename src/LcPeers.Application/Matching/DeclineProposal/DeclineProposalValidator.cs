using FluentValidation;
using LcPeers.Application.Common.Validation;

namespace LcPeers.Application.Matching.DeclineProposal;

public sealed class DeclineProposalValidator : AbstractValidator<DeclineProposalCommand>
{
    public DeclineProposalValidator() => RuleFor(x => x.Reason).MaximumLength(1000).NoControlCharacters();
}
