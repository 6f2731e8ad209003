using System.Text.Json.Serialization;
using FluentValidation;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Email;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Application.Common.Validation;
using LcPeers.Application.Notifications;
using LcPeers.Domain.Common;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Requests;
using Mediator;
using Microsoft.Extensions.Options;

namespace LcPeers.Application.Matching.DecideProposal;

/// <summary>Staff approve a proposal; once approved (with four-eyes: by a second person) the expert is invited by email.</summary>
public sealed record ApproveProposalCommand(Guid Id) : ICommand<ProposalResponse>;

/// <summary>Staff reject a proposal with a reason; the next alternate is promoted.</summary>
public sealed record RejectProposalCommand(string? Reason) : ICommand<ProposalResponse>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class RejectProposalValidator : AbstractValidator<RejectProposalCommand>
{
    public RejectProposalValidator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(1000).NoControlCharacters()
        .Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage("'reason' must not be blank.");
}

internal sealed class DecideProposalHandlers(ILcPeersDb db, ProposalWorkflow workflow, Notifier notifier, ICurrentUser user, IOptions<MatchingOptions> options, TimeProvider time)
    : ICommandHandler<ApproveProposalCommand, ProposalResponse>, ICommandHandler<RejectProposalCommand, ProposalResponse>
{
    public async ValueTask<ProposalResponse> Handle(ApproveProposalCommand command, CancellationToken ct)
    {
        EnsureStaff();
        var now = time.GetUtcNow();
        var proposal = await workflow.LoadAsync(command.Id, ct);
        var request = await workflow.RequestOfAsync(proposal, ct);
        if (!request.IsOpen)
        {
            throw new BusinessRuleException("request.closed", $"The request is {Codes<RequestStatus>.Of(request.Status)}; nobody is invited for it any more.");
        }

        var from = proposal.Status;
        var approved = proposal.Approve(user.Actor(), options.Value.RequireSecondApprover, now);
        workflow.Audit(proposal, approved ? "approve" : "approve-first", from, user.Actor(), now);
        if (approved)
        {
            await notifier.InviteExpertAsync(proposal, request, now, ct);
        }

        await db.SaveChangesAsync(ct);
        return ProposalResponse.From(proposal, null, full: true);
    }

    public async ValueTask<ProposalResponse> Handle(RejectProposalCommand command, CancellationToken ct)
    {
        EnsureStaff();
        var now = time.GetUtcNow();
        var proposal = await workflow.LoadAsync(command.Id, ct);
        var from = proposal.Status;
        proposal.Reject(user.Actor(), command.Reason!, now);
        workflow.Audit(proposal, "reject", from, user.Actor(), now, proposal.Reason);
        await workflow.PromoteNextAlternateAsync(await workflow.RequestOfAsync(proposal, ct), user.Actor(), now, ct);
        await db.SaveChangesAsync(ct);
        return ProposalResponse.From(proposal, null, full: true);
    }

    private void EnsureStaff()
    {
        if (!user.IsStaff())
        {
            throw new ForbiddenException("Only staff approve or reject proposals.");
        }
    }
}
