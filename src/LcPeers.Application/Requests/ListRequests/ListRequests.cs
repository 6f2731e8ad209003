using FluentValidation;
using LcPeers.Application.Common;
using LcPeers.Application.Common.Accounts;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Paging;
using LcPeers.Application.Common.Security;
using LcPeers.Domain.Common;
using LcPeers.Domain.LearningCommunities;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Requests;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LcPeers.Application.Requests.ListRequests;

/// <summary>
/// Staff see all requests; a coordinator sees those of their own LCs. <see cref="AwaitingStaff"/> keeps the requests
/// staff have to act on: submitted ones waiting for matching, and any with a proposal waiting for approval (as a
/// batch run leaves them).
/// </summary>
[RequiresRole(Roles.Coordinator, Roles.Staff)]
public sealed record ListRequestsQuery(string? Status, Guid? LcId, int? Page, int? PageSize) : IQuery<PagedResponse<RequestResponse>>, IPagedQuery
{
    public bool? AwaitingStaff { get; init; }
}

public sealed class ListRequestsValidator : AbstractValidator<ListRequestsQuery>
{
    public ListRequestsValidator()
    {
        this.AddPagingRules();
        RuleFor(q => q.Status).Must(s => s is null || Codes<RequestStatus>.IsValid(s))
            .WithMessage($"'status' must be one of: {string.Join(", ", Codes<RequestStatus>.All)}.");
    }
}

internal sealed class ListRequestsHandler(ILcPeersDb db, ICurrentUser user, LcAccess access, ToolResolver tools, ActorNames actorNames)
    : IQueryHandler<ListRequestsQuery, PagedResponse<RequestResponse>>
{
    public async ValueTask<PagedResponse<RequestResponse>> Handle(ListRequestsQuery query, CancellationToken ct)
    {
        var requests = db.SupportRequests.AsNoTracking();
        List<LearningCommunityId> mine = [];
        if (!user.IsStaff())
        {
            mine = await access.MyLearningCommunitiesAsync(ct);
            requests = requests.Where(r => mine.Contains(r.LearningCommunityId));
        }

        if (query.LcId is { } lcId)
        {
            var lc = new LearningCommunityId(lcId);
            requests = requests.Where(r => r.LearningCommunityId == lc);
        }

        if (query.Status is not null)
        {
            var status = Codes<RequestStatus>.Parse(query.Status);
            requests = requests.Where(r => r.Status == status);
        }

        if (query.AwaitingStaff == true)
        {
            requests = requests.Where(r => r.Status == RequestStatus.Submitted
                || db.Proposals.Any(p => p.RequestId == r.Id && p.Status == ProposalStatus.Proposed));
        }

        var total = await requests.CountAsync(ct);
        var page = await requests.OrderByDescending(r => r.CreatedAt).ThenBy(r => r.Id).Skip(query.SkipOf()).Take(query.SizeOf()).ToListAsync(ct);
        var lcIds = page.Select(r => r.LearningCommunityId).Distinct().ToList();
        var names = await db.LearningCommunities.AsNoTracking().Where(lc => lcIds.Contains(lc.Id)).ToDictionaryAsync(lc => lc.Id, lc => lc.Name, ct);
        var toolNames = await tools.NamesAsync(ct);
        var requestIds = page.Select(r => r.Id).ToList();
        var engagements = (await db.Engagements.AsNoTracking().Where(e => requestIds.Contains(e.RequestId)).OrderBy(e => e.CreatedAt)
                .Select(e => new { e.RequestId, e.Id }).ToListAsync(ct))
            .ToLookup(e => e.RequestId, e => e.Id.Value);
        var actors = await actorNames.ResolveAsync(page.SelectMany(RequestResponse.ActorsOf), ct);
        return new PagedResponse<RequestResponse>(
            [.. page.Select(r => RequestResponse.From(r, names.GetValueOrDefault(r.LearningCommunityId, "?"), toolNames, actors, [.. engagements[r.Id]], ViewerOf(r, mine)))],
            total, query.PageOf(), query.SizeOf());
    }

    private Viewer ViewerOf(SupportRequest request, List<LearningCommunityId> mine) => user.IsStaff()
        ? new Viewer(user.Actor(), IsStaff: true)
        : new Viewer(user.Actor(), IsCoordinatorOfLc: mine.Contains(request.LearningCommunityId));
}
