using LcPeers.Domain.Accounts;

namespace LcPeers.Domain.Common;

/// <summary>
/// How the person looking at an aggregate relates to it, so the aggregate can say which actions they may take now.
/// The application decides the relation (roles, coordinator links, profile ownership); the aggregate decides what
/// its state allows.
/// </summary>
/// <param name="Name">Who the viewer is as the domain records them (the actor's account); four-eyes compares it.</param>
/// <param name="IsStaff">Staff (or an administrator).</param>
/// <param name="IsCoordinatorOfLc">A coordinator linked to the aggregate's learning community.</param>
/// <param name="IsOwnExpert">The expert the aggregate is about (the proposed or engaged expert).</param>
public sealed record Viewer(AccountId Name, bool IsStaff = false, bool IsCoordinatorOfLc = false, bool IsOwnExpert = false)
{
    /// <summary>Staff, the LC's coordinators and the aggregate's own expert take part in an engagement.</summary>
    public bool IsParticipant => IsStaff || IsCoordinatorOfLc || IsOwnExpert;
}
