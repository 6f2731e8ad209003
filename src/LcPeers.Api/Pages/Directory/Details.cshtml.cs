using LcPeers.Api.Web;
using LcPeers.Application.Common.Security;
using LcPeers.Application.Engagements.Reports;
using LcPeers.Application.LearningCommunities;
using LcPeers.Application.LearningCommunities.GetLearningCommunity;
using LcPeers.Application.LearningCommunities.ListMyLearningCommunities;
using LcPeers.Application.LearningCommunities.SimilarLearningCommunities;
using LcPeers.Application.Reference.ListReferenceTerms;
using LcPeers.Application.Stories;
using LcPeers.Application.Stories.ListStories;
using Microsoft.AspNetCore.Authorization;

namespace LcPeers.Api.Pages.Directory;

/// <summary>One LC as the directory shows it, with the actions the signed-in user may take on it.</summary>
[AllowAnonymous]
public sealed class LearningCommunityDetailsModel(ReferenceData reference, ICurrentUser currentUser) : UiPageModel
{
    public LearningCommunityResponse? Lc { get; private set; }

    public Vocabulary Vocabulary { get; private set; } = Vocabulary.Empty;

    public ReferenceTermResponse? PhaseTerm { get; private set; }

    public bool CanRequest { get; private set; }

    public bool IsStaff { get; private set; }

    /// <summary>The LC's levels across peer reviews; only for its coordinators and staff (review content is theirs).</summary>
    public DevelopmentView? Development { get; private set; }

    /// <summary>LCs to learn from: the most alike, with why and their public contacts.</summary>
    public IReadOnlyList<SimilarLearningCommunityResponse> Similar { get; private set; } = [];

    /// <summary>The LC's published success stories.</summary>
    public IReadOnlyList<StoryResponse> Stories { get; private set; } = [];

    public async Task OnGetAsync(Guid id)
    {
        Lc = await Sender.Send(new GetLearningCommunityQuery(id), Ct);
        Stories = (await Sender.Send(new ListStoriesQuery(LearningCommunityId: id), Ct)).Items;
        Vocabulary = await reference.VocabularyAsync(Ct);
        PhaseTerm = Vocabulary.Phases.FirstOrDefault(p => p.Code == Lc.Phase);
        IsStaff = currentUser.IsStaff();
        Similar = await Sender.Send(new GetSimilarLearningCommunitiesQuery(id), Ct);
        if (currentUser.IsInRole(Roles.Coordinator))
        {
            var mine = await Sender.Send(new ListMyLearningCommunitiesQuery(), Ct);
            CanRequest = mine.Any(l => l.Id == id);
        }

        if (IsStaff || CanRequest)
        {
            Development = new DevelopmentView(await Sender.Send(new ListReviewsQuery(id), Ct), T["Development.Level"]);
        }
    }

    /// <summary>Why another LC is listed as similar, in words: "ook in de fase Uitvoering, vroeg ook hulp bij Financiering".</summary>
    public string WhySimilar(SimilarLearningCommunityResponse other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return string.Join(", ", other.Reasons.Select(reason => reason switch
        {
            "same-phase" => T["Similar.SamePhase", Vocabulary.Phase(other.Phase)].Value,
            "shared-bottleneck" => T["Similar.SharedBottleneck", string.Join(", ", other.SharedBottlenecks.Select(Vocabulary.Bottleneck))].Value,
            "shared-sector" => T["Similar.SharedSector", string.Join(", ", other.SharedSectors.Select(Vocabulary.Sector))].Value,
            "same-province" => T["Similar.SameProvince", other.Region ?? ""].Value,
            "neighbour-province" => T["Similar.NeighbourProvince", other.Region ?? ""].Value,
            _ => T["Similar.SameType"].Value,
        }));
    }
}
