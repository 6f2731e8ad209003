using LcPeers.Application.Common;
using LcPeers.Application.Common.Auditing;
using LcPeers.Application.Common.Diagnostics;
using LcPeers.Domain.Accounts;
using LcPeers.Domain.Auditing;
using LcPeers.Domain.Common;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Requests;

namespace LcPeers.Application.Matching;

/// <summary>New proposals for one request, from staff or a batch run: added with their audit entries, and a submitted request moves to matching.</summary>
internal static class ProposalSlate
{
    public static void AddProposals(this ILcPeersDb db, SupportRequest request, IReadOnlyList<Proposal> proposals, AccountId by, DateTimeOffset now)
    {
        db.Proposals.AddRange(proposals);
        foreach (var p in proposals)
        {
            LcPeersDiagnostics.ProposalTransitions.Add(1, new KeyValuePair<string, object?>("status", Codes<ProposalStatus>.Of(p.Status)));
            db.Record(AuditEntityKinds.Proposal, p.Id.Value, AuditActions.Propose, null, Codes<ProposalStatus>.Of(p.Status), by, now);
        }

        if (request.StartMatchingIfSubmitted(by, now))
        {
            db.Record(AuditEntityKinds.Request, request.Id.Value, AuditActions.StatusChanged, Codes<RequestStatus>.Of(RequestStatus.Submitted),
                Codes<RequestStatus>.Of(RequestStatus.Matching), by, now);
        }
    }
}
