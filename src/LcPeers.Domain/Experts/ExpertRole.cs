namespace LcPeers.Domain.Experts;

/// <summary>The kinds of help an expert offers (report ch. 7.4: Webbers, peer reviewers, facilitators, LC specialists).</summary>
public enum ExpertRole
{
    Webber = 1,
    PeerReviewer = 2,
    Facilitator = 3,
    LcSpecialist = 4,
}
