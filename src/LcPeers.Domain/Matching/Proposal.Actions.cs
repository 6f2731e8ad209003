using LcPeers.Domain.Accounts;
using LcPeers.Domain.Common;

namespace LcPeers.Domain.Matching;

/// <summary>Which actions a proposal allows now; the decisions guard with the same predicates.</summary>
public sealed partial class Proposal
{
    /// <summary>Staff approve or reject a proposal while it is proposed.</summary>
    private const ProposalStatus AwaitingStaff = ProposalStatus.Proposed;

    /// <summary>The expert accepts or declines once staff approved it.</summary>
    private const ProposalStatus AwaitingExpert = ProposalStatus.Approved;

    public bool IsAwaitingStaff => Status == AwaitingStaff;

    public bool IsAwaitingExpert => Status == AwaitingExpert;

    /// <summary>Four-eyes: a staff member who already approved cannot give the second approval.</summary>
    public bool HasApproved(AccountId staff) => _approvedBy.Contains(staff);

    public bool CanApprove(AccountId staff) => IsAwaitingStaff && !HasApproved(staff);

    /// <summary>What <paramref name="viewer"/> may do now: staff decide on it, then its own expert answers.</summary>
    public IReadOnlyList<string> AllowedActions(Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var actions = new List<string>(2);
        if (viewer.IsStaff && CanApprove(viewer.Name))
        {
            actions.Add(ProposalActions.Approve);
        }

        if (viewer.IsStaff && IsAwaitingStaff)
        {
            actions.Add(ProposalActions.Reject);
        }

        if (viewer.IsOwnExpert && IsAwaitingExpert)
        {
            actions.Add(ProposalActions.Accept);
            actions.Add(ProposalActions.Decline);
        }

        return actions;
    }
}
