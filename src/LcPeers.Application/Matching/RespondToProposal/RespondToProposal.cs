using System.Text.Json.Serialization;
using FluentValidation;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Auditing;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Application.Common.Validation;
using LcPeers.Application.Experts;
using LcPeers.Application.Notifications;
using LcPeers.Domain.Common;
using LcPeers.Domain.Engagements;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Requests;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Matching.RespondToProposal;

/// <summary>The invited expert accepts: an engagement starts and the expert and the LC's coordinators are introduced.</summary>
public sealed record AcceptProposalCommand(Guid Id) : ICommand<ProposalResponse>;

/// <summary>The invited expert declines (optional reason); the next alternate is promoted.</summary>
public sealed record DeclineProposalCommand(string? Reason) : ICommand<ProposalResponse>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class DeclineProposalValidator : AbstractValidator<DeclineProposalCommand>
{
    public DeclineProposalValidator() => RuleFor(x => x.Reason).MaximumLength(1000).NoControlCharacters();
}

internal sealed class RespondToProposalHandlers(ILcPeersDb db, ProposalWorkflow workflow, Notifier notifier, ICurrentUser user, TimeProvider time)
    : ICommandHandler<AcceptProposalCommand, ProposalResponse>, ICommandHandler<DeclineProposalCommand, ProposalResponse>
{
    public async ValueTask<ProposalResponse> Handle(AcceptProposalCommand command, CancellationToken ct)
    {
        // Another expert's acceptance may change the request (matched) between our read and our save. The transaction
        // rolled back whole, so it is safe to take it again from the top; the rules are checked afresh.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var (response, catchUp) = await AcceptAsync(command, ct);
                if (catchUp is { } requestId)
                {
                    await CatchUpAsync(requestId, time.GetUtcNow(), ct); // after the commit: never retried as a whole
                }

                return response;
            }
            catch (Exception ex) when (attempt < 3 && ex is ConcurrencyConflictException or BusinessRuleException { Code: "proposal.not-pending" })
            {
                // A clash on another row of the same request (say, both acceptances superseding the same alternate)
                // surfaces as a conflict too. Taking it again is safe: if this proposal itself was answered meanwhile,
                // the domain refuses the second answer with proposal.not-pending on the next attempt.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <returns>The answer, and the request to look at again when this acceptance did not fill it (see <see cref="CatchUpAsync"/>).</returns>
    private async Task<(ProposalResponse Response, SupportRequestId? CatchUp)> AcceptAsync(AcceptProposalCommand command, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var proposal = await LoadMineAsync(command.Id, ct);
        var request = await workflow.RequestOfAsync(proposal, ct);
        if (!request.IsOpen)
        {
            throw new BusinessRuleException("request.closed", $"The request is {Codes<RequestStatus>.Of(request.Status)}; it no longer needs an expert.");
        }

        var accepted = await db.Engagements.CountAsync(e => e.RequestId == request.Id, ct);
        if (accepted >= request.ExpertsWanted)
        {
            throw new BusinessRuleException("request.fully-staffed", "The request already has all the experts it asked for.");
        }

        var from = proposal.Status;
        proposal.Accept(user.Actor(), now);
        workflow.Audit(proposal, "accept", from, user.Actor(), now);

        var engagement = Engagement.Begin(proposal, request, now);
        db.Engagements.Add(engagement);
        db.Record(Audit.Engagement, engagement.Id.Value, "begin", null, Codes<EngagementStatus>.Of(engagement.Status), user.Actor(), now,
            details: $"{{\"proposalId\":\"{proposal.Id}\",\"requestId\":\"{request.Id}\"}}");

        if (accepted + 1 >= request.ExpertsWanted)
        {
            await MarkMatchedAsync(request, now, ct);
        }

        await notifier.IntroduceAsync(engagement, now, ct);
        await db.SaveChangesAsync(ct);
        return (ProposalResponse.From(proposal, engagement.Id.Value, full: false), accepted + 1 < request.ExpertsWanted ? request.Id : null);
    }

    /// <summary>
    /// Two experts of one request may accept at the same moment, each seeing the other's engagement missing. After
    /// saving, the count is taken again: whoever sees the request full marks it matched (a conflict means the other did).
    /// </summary>
    private async Task CatchUpAsync(SupportRequestId requestId, DateTimeOffset now, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var request = await db.SupportRequests.FirstAsync(r => r.Id == requestId, ct);
        if (!request.IsOpen || await db.Engagements.CountAsync(e => e.RequestId == requestId, ct) < request.ExpertsWanted)
        {
            return;
        }

        try
        {
            await MarkMatchedAsync(request, now, ct);
            await db.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex is ConcurrencyConflictException or BusinessRuleException { Code: "proposal.not-pending" })
        {
            // The other acceptance marked it (its save also superseded the same waiting proposals).
        }
    }

    public async ValueTask<ProposalResponse> Handle(DeclineProposalCommand command, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var proposal = await LoadMineAsync(command.Id, ct);
        var from = proposal.Status;
        proposal.Decline(user.Actor(), command.Reason, now);
        workflow.Audit(proposal, "decline", from, user.Actor(), now, proposal.Reason);
        await workflow.PromoteNextAlternateAsync(await workflow.RequestOfAsync(proposal, ct), user.Actor(), now, ct);
        await db.SaveChangesAsync(ct);
        return ProposalResponse.From(proposal, null, full: false);
    }

    /// <summary>The request has all its experts: it is matched and the remaining candidates are no longer needed.</summary>
    private async Task MarkMatchedAsync(SupportRequest request, DateTimeOffset now, CancellationToken ct)
    {
        if (request.Status is RequestStatus.Submitted or RequestStatus.Matching)
        {
            var before = request.Status;
            request.MarkMatched(user.Actor(), now);
            db.Record(Audit.Request, request.Id.Value, "matched", Codes<RequestStatus>.Of(before), Codes<RequestStatus>.Of(request.Status), user.Actor(), now);
            if (await db.Engagements.AnyAsync(e => e.RequestId == request.Id && e.StartedAt != null, ct))
            {
                // An earlier engagement of this request already had its first session.
                request.MarkInProgress(user.Actor(), now);
                db.Record(Audit.Request, request.Id.Value, "in-progress", Codes<RequestStatus>.Of(RequestStatus.Matched), Codes<RequestStatus>.Of(request.Status), user.Actor(), now);
            }
        }

        var waiting = await db.Proposals
            .Where(p => p.RequestId == request.Id && (p.Status == ProposalStatus.Alternate || p.Status == ProposalStatus.Proposed))
            .ToListAsync(ct);
        foreach (var other in waiting)
        {
            var from = other.Status;
            other.Supersede(now);
            workflow.Audit(other, "supersede", from, user.Actor(), now, "The request has all the experts it asked for.");
        }
    }

    /// <summary>Only the proposal's own expert answers it; staff cannot answer for them.</summary>
    private async Task<Proposal> LoadMineAsync(Guid id, CancellationToken ct)
    {
        var proposal = await workflow.LoadAsync(id, ct);
        var expert = await db.Experts.AsNoTracking().FirstAsync(e => e.Id == proposal.ExpertId, ct);
        if (!user.IsOwner(expert))
        {
            throw new ForbiddenException("Only the invited expert answers an invitation.");
        }

        if (proposal.Status is ProposalStatus.Alternate or ProposalStatus.Proposed or ProposalStatus.Rejected)
        {
            // Not approved yet (or never): to the expert it does not exist.
            throw new NotFoundException("Proposal", id);
        }

        return proposal;
    }
}
