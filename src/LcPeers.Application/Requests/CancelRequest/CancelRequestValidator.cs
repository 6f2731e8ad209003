using FluentValidation;
using LcPeers.Application.Common.Validation;

namespace LcPeers.Application.Requests.CancelRequest;

public sealed class CancelRequestValidator : AbstractValidator<CancelRequestCommand>
{
    public CancelRequestValidator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(1000).NoControlCharacters();
}
