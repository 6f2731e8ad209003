using LcPeers.Api.Web;
using Microsoft.AspNetCore.Authorization;

namespace LcPeers.Api.Pages.Reference;

/// <summary>The phases and bottleneck themes in the report's words, from the reference data.</summary>
[AllowAnonymous]
public sealed class ReferenceModel(ReferenceData reference) : UiPageModel
{
    public Vocabulary Vocabulary { get; private set; } = Vocabulary.Empty;

    public async Task OnGetAsync() => Vocabulary = await reference.VocabularyAsync(Ct);
}
