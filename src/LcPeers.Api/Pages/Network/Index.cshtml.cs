using LcPeers.Api.Web;
using LcPeers.Application.Monitor.Publication;
using LcPeers.Domain.Reference;
using Microsoft.AspNetCore.Authorization;

namespace LcPeers.Api.Pages.Network;

/// <summary>
/// The public network monitor (report ch. 6.4): the aggregates staff chose to make public, for the whole network and
/// without any LC's name, each as a table with its numbers.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(ReferenceData reference) : UiPageModel
{
    public PublicMonitorResponse Monitor { get; private set; } = null!;

    public Vocabulary Vocabulary { get; private set; } = Vocabulary.Empty;

    /// <summary>Review dimension labels by code, in the visitor's language.</summary>
    public IReadOnlyDictionary<string, string> Dimensions { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync()
    {
        Vocabulary = await reference.VocabularyAsync(Ct);
        Dimensions = (await reference.TermsAsync(ReferenceKind.ReviewDimension, Ct)).ToDictionary(t => t.Code, t => Ui.Text(t.Label), StringComparer.Ordinal);
        Monitor = await Sender.Send(new GetPublicMonitorQuery(), Ct);
    }
}
