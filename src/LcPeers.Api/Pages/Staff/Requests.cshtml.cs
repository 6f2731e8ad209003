using LcPeers.Api.Pages.Requests;
using LcPeers.Api.Web;
using LcPeers.Application.LearningCommunities;
using LcPeers.Application.LearningCommunities.ListLearningCommunities;
using LcPeers.Application.Requests;
using LcPeers.Application.Requests.ListRequests;
using Microsoft.AspNetCore.Mvc;

namespace LcPeers.Api.Pages.Staff;

/// <summary>
/// Staff's queue: by default the requests waiting for staff (submitted, or with a proposal waiting for approval, as a
/// batch run leaves them), filterable by status and LC.
/// </summary>
public sealed class QueueModel(ReferenceData reference) : UiPageModel
{
    public const int PageSize = 25;
    public const string AnyStatus = "any";
    public const string AwaitingStaff = "awaiting-staff";

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? LcId { get; set; }

    [BindProperty(SupportsGet = true, Name = Pager.QueryName)]
    public int? PageNumber { get; set; }

    public IReadOnlyList<RequestResponse> Items { get; private set; } = [];

    public int TotalCount { get; private set; }

    public Pager? Pager { get; private set; }

    public Vocabulary Vocabulary { get; private set; } = Vocabulary.Empty;

    public IReadOnlyList<LearningCommunityResponse> LearningCommunities { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Vocabulary = await reference.VocabularyAsync(Ct);
        LearningCommunities = (await Sender.Send(new ListLearningCommunitiesQuery(null, null, null, null, 1, Application.Common.Paging.Paging.MaxPageSize), Ct)).Items;
        Status ??= AwaitingStaff;
        if (BindingFailed())
        {
            return;
        }

        var awaitingStaff = Status == AwaitingStaff;
        var status = Status == AnyStatus || awaitingStaff || string.IsNullOrWhiteSpace(Status) ? null : Status;
        await TrySendAsync(async ct =>
        {
            var page = await Sender.Send(new ListRequestsQuery(status, LcId, PageNumber, PageSize) { AwaitingStaff = awaitingStaff }, ct);
            Items = page.Items;
            TotalCount = page.TotalCount;
            Pager = new Pager(Request, page.Page, page.PageSize, page.TotalCount);
        }, new FormErrorMap("", GetType()));
    }
}
