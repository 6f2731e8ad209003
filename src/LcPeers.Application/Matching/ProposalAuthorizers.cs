using LcPeers.Application.Common;
using LcPeers.Application.Common.Security;
using LcPeers.Application.Matching.AcceptProposal;
using LcPeers.Application.Matching.DeclineProposal;
using LcPeers.Application.Matching.GetProposal;
using LcPeers.Domain.Matching;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Matching;

/// <summary>
/// The proposal's expert: the only one who answers an invitation (staff cannot answer for them), and, with staff, the
/// only one who reads it. A missing proposal is left to the handler (404); so is one not yet approved, which the handler
/// keeps hiding from its expert as a 404.
/// </summary>
internal sealed class ProposalExpert(ILcPeersDb db, ICurrentUser user)
{
    public async ValueTask<bool?> IsMineAsync(Guid proposalId, CancellationToken ct)
    {
        var id = new ProposalId(proposalId);
        var account = await db.Proposals.Where(p => p.Id == id)
            .Join(db.Experts, p => p.ExpertId, e => e.Id, (_, e) => e.AccountEmail)
            .FirstOrDefaultAsync(ct);
        return account is null ? null : user.Email is { } email && string.Equals(account, email, StringComparison.Ordinal);
    }

    public async ValueTask<AccessDecision> AnswerAsync(Guid proposalId, CancellationToken ct) =>
        await IsMineAsync(proposalId, ct) is false ? AccessDecision.Forbid("Only the invited expert answers an invitation.") : AccessDecision.Allow;
}

internal sealed class AcceptProposalAuthorizer(ProposalExpert expert) : IResourceAuthorizer<AcceptProposalCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(AcceptProposalCommand message, CancellationToken ct) => expert.AnswerAsync(message.Id, ct);
}

internal sealed class DeclineProposalAuthorizer(ProposalExpert expert) : IResourceAuthorizer<DeclineProposalCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(DeclineProposalCommand message, CancellationToken ct) => expert.AnswerAsync(message.Id, ct);
}

internal sealed class GetProposalAuthorizer(ProposalExpert expert, ICurrentUser user) : IResourceAuthorizer<GetProposalQuery>
{
    public async ValueTask<AccessDecision> AuthorizeAsync(GetProposalQuery message, CancellationToken ct) =>
        user.IsStaff() || await expert.IsMineAsync(message.Id, ct) is not false
            ? AccessDecision.Allow
            : AccessDecision.Forbid("Only staff and the proposed expert read a proposal.");
}
