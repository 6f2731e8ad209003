using System.Text.Json.Serialization;
using FluentValidation;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Application.Common.Validation;
using Mediator;

namespace LcPeers.Application.Requests.ChangeRequestStatus;

/// <summary>The coordinator (or staff) submits a draft for matching.</summary>
[RequiresRole(Roles.Coordinator, Roles.Staff)]
public sealed record SubmitRequestCommand(Guid Id) : ICommand<RequestResponse>;

/// <summary>The coordinator (or staff) takes an open request back.</summary>
[RequiresRole(Roles.Coordinator, Roles.Staff)]
public sealed record WithdrawRequestCommand(string? Reason) : ICommand<RequestResponse>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

/// <summary>Staff stop an open request; a reason is required.</summary>
[RequiresRole(Roles.Staff)]
public sealed record CancelRequestCommand(string? Reason) : ICommand<RequestResponse>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class WithdrawRequestValidator : AbstractValidator<WithdrawRequestCommand>
{
    public WithdrawRequestValidator() => RuleFor(x => x.Reason).MaximumLength(1000).NoControlCharacters();
}

public sealed class CancelRequestValidator : AbstractValidator<CancelRequestCommand>
{
    public CancelRequestValidator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(1000).NoControlCharacters();
}

internal sealed class ChangeRequestStatusHandlers(ILcPeersDb db, RequestLoader loader, ICurrentUser user, TimeProvider time)
    : ICommandHandler<SubmitRequestCommand, RequestResponse>,
      ICommandHandler<WithdrawRequestCommand, RequestResponse>,
      ICommandHandler<CancelRequestCommand, RequestResponse>
{
    public async ValueTask<RequestResponse> Handle(SubmitRequestCommand command, CancellationToken ct)
    {
        var request = await loader.LoadForActionAsync(command.Id, ct);
        request.Submit(user.Actor(), time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return await loader.ToResponseAsync(request, ct);
    }

    public async ValueTask<RequestResponse> Handle(WithdrawRequestCommand command, CancellationToken ct)
    {
        var request = await loader.LoadForActionAsync(command.Id, ct);
        request.Withdraw(user.Actor(), command.Reason, time.GetUtcNow()); // its open proposals end with it: Workflow.CloseOpenProposals
        await db.SaveChangesAsync(ct);
        return await loader.ToResponseAsync(request, ct);
    }

    public async ValueTask<RequestResponse> Handle(CancelRequestCommand command, CancellationToken ct)
    {
        if (!user.IsStaff())
        {
            throw new ForbiddenException("Only staff cancel requests; coordinators withdraw them.");
        }

        var request = await loader.LoadForActionAsync(command.Id, ct);
        request.Cancel(user.Actor(), command.Reason, time.GetUtcNow()); // its open proposals end with it: Workflow.CloseOpenProposals
        await db.SaveChangesAsync(ct);
        return await loader.ToResponseAsync(request, ct);
    }
}
