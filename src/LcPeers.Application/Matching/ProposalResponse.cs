using LcPeers.Application.Common.Accounts;
using LcPeers.Domain.Accounts;
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
    /// <summary>What the current user may do with the proposal now (<c>approve</c>, <c>reject</c>, <c>accept</c>, <c>decline</c>), decided by the domain.</summary>
    public IReadOnlyList<string> Actions { get; init; } = [];

    /// <summary>When the invited expert's answer window closes; none before approval.</summary>
    public DateTimeOffset? AnswerBy { get; init; }

    /// <summary>Everyone a full response names, to resolve in one query.</summary>
    public static IEnumerable<AccountId> ActorsOf(Proposal p) => p.DecidedBy is { } decided ? [.. p.ApprovedBy, decided] : p.ApprovedBy;

    /// <summary>Shapes a proposal; a full one (for staff) names its deciders from <c>actors</c>, resolved from <see cref="ActorsOf"/>.</summary>
    public static ProposalResponse From(Proposal p, Guid? engagementId, bool full, Viewer? viewer = null, ActorLookup? actors = null) => new(
        p.Id.Value,
        p.RequestId.Value,
        p.ExpertId.Value,
        full ? p.Rank : null,
        full ? p.Score : null,
        Codes<ProposalStatus>.Of(p.Status),
        full ? [.. p.ApprovedBy.Select(a => Named(actors)[a])] : null,
        full ? Named(actors)[p.DecidedBy] : null,
        full || p.Status == ProposalStatus.Declined ? p.Reason : null,
        engagementId,
        p.CreatedAt,
        p.UpdatedAt,
        p.Version)
    {
        Actions = viewer is null ? [] : p.AllowedActions(viewer),
        AnswerBy = p.AnswerBy,
    };

    private static ActorLookup Named(ActorLookup? actors) =>
        actors ?? throw new ArgumentNullException(nameof(actors), "A full proposal names its deciders.");
}
