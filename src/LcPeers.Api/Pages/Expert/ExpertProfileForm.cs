using LcPeers.Api.Web;
using LcPeers.Application.Experts;
using LcPeers.Application.Experts.RegisterExpert;
using LcPeers.Application.Experts.UpdateExpert;

namespace LcPeers.Api.Pages.Expert;

/// <summary>
/// The expert profile as the form shows it: one row per bottleneck theme (level 0 = none) and per phase (0 = none);
/// only the filled rows are sent, so their indexes are mapped back for error messages.
/// </summary>
public sealed class ExpertProfileForm
{
    public string? DisplayName { get; set; }
    public string? Email { get; set; }

    /// <summary>One organisation per line.</summary>
    public string? Organisations { get; set; }

    public List<string> RolesOffered { get; set; } = [];
    public List<CompetenceRow> Competences { get; set; } = [];
    public List<string> ProcessCompetences { get; set; } = [];

    /// <summary>Tool ids from the catalogue.</summary>
    public List<string> Tools { get; set; } = [];

    public List<PhaseRow> PhasesGuided { get; set; } = [];
    public List<string> Sectors { get; set; } = [];
    public List<string> Regions { get; set; } = [];
    public bool Online { get; set; }
    public List<string> Languages { get; set; } = [];
    public string? Bio { get; set; }
    public bool Consent { get; set; }

    /// <summary>Null while the profile does not exist yet.</summary>
    public int? Version { get; set; }

    public static ExpertProfileForm New(string? email, string? name, Vocabulary vocabulary) => new ExpertProfileForm
    {
        DisplayName = name,
        Email = email,
        Languages = ["nl"],
    }.WithRows(vocabulary);

    public static ExpertProfileForm From(ExpertResponse expert, Vocabulary vocabulary) => new ExpertProfileForm
    {
        DisplayName = expert.DisplayName,
        Email = expert.Email,
        Organisations = string.Join('\n', expert.Organisations),
        RolesOffered = [.. expert.RolesOffered],
        Competences = [.. expert.Competences.Select(c => new CompetenceRow { Bottleneck = c.Bottleneck, Level = c.Level })],
        ProcessCompetences = [.. expert.ProcessCompetences],
        Tools = [.. expert.Tools.Select(t => t.Id.ToString())],
        PhasesGuided = [.. expert.PhasesGuided.Select(p => new PhaseRow { Phase = p.Phase, Count = p.Count })],
        Sectors = [.. expert.Sectors],
        Regions = [.. expert.Regions],
        Online = expert.Online,
        Languages = [.. expert.Languages],
        Bio = expert.Bio,
        Consent = expert.Consent,
        Version = expert.Version,
    }.WithRows(vocabulary);

    /// <summary>Makes sure there is a row for every bottleneck and phase, in the reference data's order.</summary>
    public ExpertProfileForm WithRows(Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        Competences = [.. vocabulary.Bottlenecks.Select(b => Competences.FirstOrDefault(c => c.Bottleneck == b.Code) ?? new CompetenceRow { Bottleneck = b.Code })
            .Concat(Competences.Where(c => vocabulary.Bottlenecks.All(b => b.Code != c.Bottleneck)))];
        PhasesGuided = [.. vocabulary.Phases.Select(p => PhasesGuided.FirstOrDefault(r => r.Phase == p.Code) ?? new PhaseRow { Phase = p.Code })
            .Concat(PhasesGuided.Where(r => vocabulary.Phases.All(p => p.Code != r.Phase)))];
        return this;
    }

    public FormErrorMap ErrorMap()
    {
        var map = new FormErrorMap("Form", typeof(ExpertProfileForm), "Expert")
            .Label("rolesOffered", "Expert.Roles").Label("maxConcurrentEngagements", "Expert.MaxConcurrent");
        MapSent(map, "competences", Competences.Select(c => c.Level != 0));
        MapSent(map, "phasesGuided", PhasesGuided.Select(p => p.Count != 0));
        return map;
    }

    public RegisterExpertCommand ToRegisterCommand() => new(
        DisplayName, Email, Lines(Organisations), RolesOffered, SentCompetences(), ProcessCompetences, Tools, SentPhases(),
        Sectors, Regions, Online, Languages, null, null, null, Bio, Consent);

    public UpdateExpertCommand ToUpdateCommand(Guid id) => new(
        DisplayName, Email, Lines(Organisations), RolesOffered, SentCompetences(), ProcessCompetences, Tools, SentPhases(),
        Sectors, Regions, Online, Languages, null, null, null, Bio, Consent, Version)
    {
        Id = id,
    };

    private List<CompetenceDto> SentCompetences() =>
        [.. Competences.Where(c => c.Level != 0).Select(c => new CompetenceDto(c.Bottleneck, c.Level))];

    private List<PhaseExperienceDto> SentPhases() =>
        [.. PhasesGuided.Where(p => p.Count != 0).Select(p => new PhaseExperienceDto(p.Phase, p.Count))];

    private static void MapSent(FormErrorMap map, string list, IEnumerable<bool> sent)
    {
        var sentIndex = 0;
        var formIndex = 0;
        foreach (var isSent in sent)
        {
            if (isSent)
            {
                map.MapIndex(list, sentIndex++, formIndex);
            }

            formIndex++;
        }
    }

    private static List<string> Lines(string? text) =>
        [.. (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];
}

public sealed class CompetenceRow
{
    public string? Bottleneck { get; set; }

    /// <summary>0 = not a competence; 1 aware, 2 practised, 3 guided others.</summary>
    public int Level { get; set; }
}

public sealed class PhaseRow
{
    public string? Phase { get; set; }

    /// <summary>How many LCs the expert guided through this phase; 0 = none.</summary>
    public int Count { get; set; }
}
