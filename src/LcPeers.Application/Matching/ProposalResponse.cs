using LcPeers.Domain.Common;
using LcPeers.Domain.Matching;

namespace LcPeers.Application.Matching;

/// <summary>
/// A proposal. Staff see everything; the proposal's expert sees its status and their own answer, not the score,
/// the rank or who decided.
/// </summary>
public sealed record ProposalResponse(
    Guid Id,
    Guid RequestId,
    Guid ExpertId,
    int? Rank,
    double? Score,
    string Status,
    IReadOnlyList<string>? ApprovedBy,
    string? DecidedBy,
    string? Reason,
    Guid? EngagementId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Version)
{
    public static ProposalResponse From(Proposal p, Guid? engagementId, bool full) => new(
        p.Id.Value,
        p.RequestId.Value,
        p.ExpertId.Value,
        full ? p.Rank : null,
        full ? p.Score : null,
        Codes<ProposalStatus>.Of(p.Status),
        full ? p.ApprovedBy : null,
        full ? p.DecidedBy : null,
        full || p.Status == ProposalStatus.Declined ? p.Reason : null,
        engagementId,
        p.CreatedAt,
        p.UpdatedAt,
        p.Version);
}
