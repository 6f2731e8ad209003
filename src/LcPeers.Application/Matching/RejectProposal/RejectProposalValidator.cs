using FluentValidation;
using LcPeers.Application.Common.Validation;

namespace LcPeers.Application.Matching.RejectProposal;

public sealed class RejectProposalValidator : AbstractValidator<RejectProposalCommand>
{
    public RejectProposalValidator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(1000).NoControlCharacters()
        .Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage("'reason' must not be blank.");
}
