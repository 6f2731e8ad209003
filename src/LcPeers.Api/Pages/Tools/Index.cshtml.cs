using LcPeers.Api.Web;
using LcPeers.Application.GoodPractices;
using LcPeers.Application.GoodPractices.ListGoodPractices;
using LcPeers.Application.Stories;
using LcPeers.Application.Stories.ListStories;
using LcPeers.Application.Tools;
using LcPeers.Application.Tools.ListTools;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LcPeers.Api.Pages.Tools;

/// <summary>The tools catalogue by phase and bottleneck, with the description in the visitor's language.</summary>
[AllowAnonymous]
public sealed class ToolsModel(ReferenceData reference) : UiPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Phase { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Bottleneck { get; set; }

    /// <summary>"use" lists the most used tools first; anything else keeps the report's order.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    public IReadOnlyList<ToolResponse> Items { get; private set; } = [];

    public Vocabulary Vocabulary { get; private set; } = Vocabulary.Empty;

    /// <summary>The published success stories that mention each tool, by tool id.</summary>
    public IReadOnlyDictionary<Guid, List<StoryResponse>> StoriesByTool { get; private set; } = new Dictionary<Guid, List<StoryResponse>>();

    /// <summary>The good practices that used each tool, by tool id.</summary>
    public IReadOnlyDictionary<Guid, List<GoodPracticeResponse>> PracticesByTool { get; private set; } = new Dictionary<Guid, List<GoodPracticeResponse>>();

    public bool IsStaff => User.IsInRole(Application.Common.Security.Roles.Staff) || User.IsInRole(Application.Common.Security.Roles.Admin);

    public async Task OnGetAsync()
    {
        Vocabulary = await reference.VocabularyAsync(Ct);
        await TrySendAsync(async ct =>
            Items = (await Sender.Send(new ListToolsQuery(Blank(Phase), Blank(Bottleneck), Sort == ListToolsQuery.ByUse ? ListToolsQuery.ByUse : null), ct)).Items,
            new FormErrorMap("", GetType()));
        var stories = await Sender.Send(new ListStoriesQuery(PageSize: Application.Common.Paging.Paging.MaxPageSize), Ct);
        StoriesByTool = StoryPresentation.ByTool(stories.Items);
        var practices = await Sender.Send(new ListGoodPracticesQuery(PageSize: Application.Common.Paging.Paging.MaxPageSize), Ct);
        PracticesByTool = practices.Items.Where(p => p.Tool is not null).GroupBy(p => p.Tool!.Id).ToDictionary(g => g.Key, g => g.ToList());
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
