using LcPeers.Application.Reference.ListReferenceTerms;
using LcPeers.Application.Tools;
using LcPeers.Application.Tools.ListTools;
using LcPeers.Domain.Reference;
using Mediator;

namespace LcPeers.Api.Web;

/// <summary>The vocabularies and the tools catalogue for labels and choices, read once per request through Mediator.</summary>
public sealed class ReferenceData(ISender sender)
{
    private readonly Dictionary<ReferenceKind, IReadOnlyList<ReferenceTermResponse>> _terms = [];
    private IReadOnlyList<ToolResponse>? _tools;

    public async Task<IReadOnlyList<ReferenceTermResponse>> TermsAsync(ReferenceKind kind, CancellationToken ct)
    {
        if (!_terms.TryGetValue(kind, out var terms))
        {
            terms = await sender.Send(new ListReferenceTermsQuery(kind), ct);
            _terms[kind] = terms;
        }

        return terms;
    }

    public async Task<IReadOnlyList<ToolResponse>> ToolsAsync(CancellationToken ct) =>
        _tools ??= (await sender.Send(new ListToolsQuery(null, null), ct)).Items;

    /// <summary>Everything the forms and lists label: phases, bottlenecks, sectors, LC types, process competences, tools.</summary>
    public async Task<Vocabulary> VocabularyAsync(CancellationToken ct) => new(
        await TermsAsync(ReferenceKind.Phase, ct),
        await TermsAsync(ReferenceKind.Bottleneck, ct),
        await TermsAsync(ReferenceKind.Sector, ct),
        await TermsAsync(ReferenceKind.LearningCommunityType, ct),
        await TermsAsync(ReferenceKind.ProcessCompetence, ct),
        await ToolsAsync(ct));
}

/// <summary>The reference data a page shows, with labels in the visitor's language.</summary>
public sealed record Vocabulary(
    IReadOnlyList<ReferenceTermResponse> Phases,
    IReadOnlyList<ReferenceTermResponse> Bottlenecks,
    IReadOnlyList<ReferenceTermResponse> Sectors,
    IReadOnlyList<ReferenceTermResponse> LearningCommunityTypes,
    IReadOnlyList<ReferenceTermResponse> ProcessCompetences,
    IReadOnlyList<ToolResponse> Tools)
{
    public static readonly Vocabulary Empty = new([], [], [], [], [], []);

    public string Phase(string? code) => Label(Phases, code);

    public string Bottleneck(string? code) => Label(Bottlenecks, code);

    public string Sector(string? code) => Label(Sectors, code);

    public string LearningCommunityType(string? code) => Label(LearningCommunityTypes, code);

    public string ProcessCompetence(string? code) => Label(ProcessCompetences, code);

    private static string Label(IReadOnlyList<ReferenceTermResponse> terms, string? code) =>
        code is null ? "" : terms.FirstOrDefault(t => t.Code == code) is { } term ? Ui.Text(term.Label) : code;
}
