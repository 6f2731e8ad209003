using LcPeers.Api.Web;
using LcPeers.Application.Common.Paging;
using LcPeers.Application.GoodPractices;
using LcPeers.Application.GoodPractices.ListGoodPractices;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LcPeers.Api.Pages.Tools;

/// <summary>The good practices LCs can learn from, by phase, bottleneck and tool; staff record, change and remove them.</summary>
[AllowAnonymous]
public sealed class GoodPracticesModel(ReferenceData reference) : UiPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Phase { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Bottleneck { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Tool { get; set; }

    public IReadOnlyList<GoodPracticeResponse> Items { get; private set; } = [];

    public int TotalCount { get; private set; }

    public Vocabulary Vocabulary { get; private set; } = Vocabulary.Empty;

    public bool IsStaff => User.IsInRole(Application.Common.Security.Roles.Staff) || User.IsInRole(Application.Common.Security.Roles.Admin);

    public async Task OnGetAsync()
    {
        Vocabulary = await reference.VocabularyAsync(Ct);
        await TrySendAsync(async ct =>
        {
            var list = await Sender.Send(new ListGoodPracticesQuery(Blank(Phase), Blank(Bottleneck), Blank(Tool), PageSize: Paging.MaxPageSize), ct);
            (Items, TotalCount) = (list.Items, list.TotalCount);
        }, new FormErrorMap("", GetType()));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
