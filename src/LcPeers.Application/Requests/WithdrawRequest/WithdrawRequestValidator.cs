using FluentValidation;
using LcPeers.Application.Common.Validation;

namespace LcPeers.Application.Requests.WithdrawRequest;

public sealed class WithdrawRequestValidator : AbstractValidator<WithdrawRequestCommand>
{
    public WithdrawRequestValidator() => RuleFor(x => x.Reason).MaximumLength(1000).NoControlCharacters();
}
