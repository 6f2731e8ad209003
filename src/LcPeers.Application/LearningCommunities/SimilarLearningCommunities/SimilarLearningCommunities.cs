using LcPeers.Application.Common;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Common;
using LcPeers.Domain.LearningCommunities;
using LcPeers.Domain.Reference;
using LcPeers.Domain.Requests;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.LearningCommunities.SimilarLearningCommunities;

/// <summary>
/// LCs meeting LCs (report ch. 6.4: interviewed LCs ask to get in touch with each other): the LCs most like this one
/// in phase, sector, region, type and the bottlenecks they asked help with, each with why, and the contact persons
/// they list publicly in the directory.
/// </summary>
[Public]
public sealed record GetSimilarLearningCommunitiesQuery(Guid Id) : IQuery<IReadOnlyList<SimilarLearningCommunityResponse>>
{
    /// <summary>How many similar LCs an answer lists at most.</summary>
    public const int Max = 5;
}

/// <summary>A similar LC, why it is similar, and whom to contact there.</summary>
/// <param name="Id">The similar LC.</param>
/// <param name="Name">Its name.</param>
/// <param name="Region">Its region as the directory writes it.</param>
/// <param name="Phase">Its phase, when known.</param>
/// <param name="Score">How alike: the sum of the weights of the reasons (see the Similarity weights).</param>
/// <param name="Reasons">Why, as stable codes: same-phase, shared-sector, same-province, neighbour-province, same-type, shared-bottleneck.</param>
/// <param name="SharedSectors">The sectors both work in.</param>
/// <param name="SharedBottlenecks">The bottlenecks both asked help with through LcPeers.</param>
/// <param name="Contacts">The contact persons it lists publicly in the directory.</param>
public sealed record SimilarLearningCommunityResponse(
    Guid Id, string Name, string? Region, string? Phase, double Score, IReadOnlyList<string> Reasons,
    IReadOnlyList<string> SharedSectors, IReadOnlyList<string> SharedBottlenecks, IReadOnlyList<ContactPersonDto> Contacts);

internal sealed class GetSimilarLearningCommunitiesHandler(ILcPeersDb db)
    : IQueryHandler<GetSimilarLearningCommunitiesQuery, IReadOnlyList<SimilarLearningCommunityResponse>>
{
    public async ValueTask<IReadOnlyList<SimilarLearningCommunityResponse>> Handle(GetSimilarLearningCommunitiesQuery query, CancellationToken ct)
    {
        var id = new LearningCommunityId(query.Id);
        var lcs = await db.LearningCommunities.AsNoTracking().ToListAsync(ct);
        var self = lcs.FirstOrDefault(l => l.Id == id) ?? throw new NotFoundException("Learning community", query.Id);
        var asked = (await db.SupportRequests.AsNoTracking().Where(r => r.Status != RequestStatus.Draft)
                .Select(r => new { r.LearningCommunityId, r.Bottlenecks }).ToListAsync(ct))
            .GroupBy(r => r.LearningCommunityId).ToDictionary(g => g.Key, g => g.SelectMany(r => r.Bottlenecks).ToHashSet());
        var mine = asked.GetValueOrDefault(id) ?? [];

        return [.. lcs.Where(l => l.Id != id)
            .Select(other => Similarity.Between(self, other, mine, asked.GetValueOrDefault(other.Id) ?? []))
            .Where(s => s.Score > 0)
            .OrderByDescending(s => s.Score).ThenBy(s => s.Other.Name, StringComparer.Ordinal)
            .Take(GetSimilarLearningCommunitiesQuery.Max)
            .Select(s => new SimilarLearningCommunityResponse(
                s.Other.Id.Value, s.Other.Name, s.Other.Region, s.Other.Phase is { } p ? Codes<Phase>.Of(p) : null, s.Score, s.Reasons,
                s.SharedSectors, [.. s.SharedBottlenecks.Select(Codes<Bottleneck>.Of)],
                [.. s.Other.Contacts.Select(c => new ContactPersonDto(c.Name, c.Role, c.Email, c.Phone))]))];
    }
}
