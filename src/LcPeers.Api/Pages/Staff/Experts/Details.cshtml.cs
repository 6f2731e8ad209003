using LcPeers.Api.Web;
using LcPeers.Application.Experts;
using LcPeers.Application.Experts.GetExpert;

namespace LcPeers.Api.Pages.Staff.Experts;

/// <summary>One expert's profile, read-only, for staff.</summary>
public sealed class ExpertDetailsModel(ReferenceData reference) : UiPageModel
{
    public ExpertResponse? Expert { get; private set; }

    public Vocabulary Vocabulary { get; private set; } = Vocabulary.Empty;

    public async Task OnGetAsync(Guid id)
    {
        Expert = await Sender.Send(new GetExpertQuery(id), Ct);
        Vocabulary = await reference.VocabularyAsync(Ct);
    }
}
