using LcPeers.Api.Web;
using LcPeers.Application.Requests;
using LcPeers.Application.Requests.CreateRequest;
using LcPeers.Application.Requests.UpdateRequest;

namespace LcPeers.Api.Pages.Requests;

/// <summary>A support request as the form shows it; field names follow the API so its messages land on them.</summary>
public sealed class RequestForm
{
    public Guid? LearningCommunityId { get; set; }
    public string? Phase { get; set; }
    public List<string> Bottlenecks { get; set; } = [];
    public string? Kind { get; set; }

    /// <summary>A catalogue tool id, or empty.</summary>
    public string? Tool { get; set; }

    public string? Description { get; set; }
    public DateOnly? Start { get; set; }
    public DateOnly? End { get; set; }
    public int? Hours { get; set; }
    public string? Format { get; set; }
    public string? Region { get; set; }
    public string? Location { get; set; }
    public List<string> Languages { get; set; } = [];
    public int? ExpertsWanted { get; set; }

    /// <summary>One organisation per line: experts tied to them are not proposed (conflict of interest).</summary>
    public string? ExcludedOrganisations { get; set; }

    public int? Version { get; set; }

    public static RequestForm From(RequestResponse r) => new()
    {
        LearningCommunityId = r.LearningCommunityId,
        Phase = r.Phase,
        Bottlenecks = [.. r.Bottlenecks],
        Kind = r.Kind,
        Tool = r.ToolId?.ToString(),
        Description = r.Description,
        Start = r.Start,
        End = r.End,
        Hours = r.Hours,
        Format = r.Format,
        Region = r.Region,
        Location = r.Location,
        Languages = [.. r.Languages],
        ExpertsWanted = r.ExpertsWanted,
        ExcludedOrganisations = string.Join('\n', r.ExcludedOrganisations),
        Version = r.Version,
    };

    public FormErrorMap ErrorMap() => new FormErrorMap("Form", typeof(RequestForm), "Request")
        .Label("learningCommunityId", "Request.Lc").Label("excludedOrganisations", "Request.Excluded");

    public CreateRequestCommand ToCreateCommand() => new(
        LearningCommunityId, Blank(Phase), Bottlenecks, Blank(Kind), Blank(Tool), Description, Start, End, Hours, Blank(Format),
        Blank(Region), Blank(Location), Languages, ExpertsWanted, Lines(ExcludedOrganisations));

    public UpdateRequestCommand ToUpdateCommand(Guid id) => new(
        Blank(Phase), Bottlenecks, Blank(Kind), Blank(Tool), Description, Start, End, Hours, Blank(Format),
        Blank(Region), Blank(Location), Languages, ExpertsWanted, Lines(ExcludedOrganisations), Version)
    {
        Id = id,
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static List<string> Lines(string? text) =>
        [.. (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];
}

/// <summary>What the shared request fields (<c>_RequestFields</c>) need: the form, the choices, and the errors.</summary>
public sealed record RequestFormView(
    RequestForm Form,
    Vocabulary Vocabulary,
    IReadOnlyList<LearningCommunityOption>? LearningCommunities,
    Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary ModelState)
{
    public bool HasError(string key) => ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0;
}

public sealed record LearningCommunityOption(Guid Id, string Name, string? Phase);

/// <summary>A list of requests for the <c>_RequestTable</c> partial.</summary>
public sealed record RequestTableView(IReadOnlyList<RequestResponse> Items, Vocabulary Vocabulary);
