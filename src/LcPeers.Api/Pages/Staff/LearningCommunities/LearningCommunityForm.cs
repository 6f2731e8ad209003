using LcPeers.Api.Web;
using LcPeers.Application.LearningCommunities;
using LcPeers.Application.LearningCommunities.CreateLearningCommunity;
using LcPeers.Application.LearningCommunities.UpdateLearningCommunity;

namespace LcPeers.Api.Pages.Staff.LearningCommunities;

/// <summary>An LC as staff edit it. Contact rows left empty are not sent; their indexes are mapped back for errors.</summary>
public sealed class LearningCommunityForm
{
    public const int BlankContactRows = 1;

    public string? Name { get; set; }
    public string? Region { get; set; }
    public string? Type { get; set; }
    public string? Status { get; set; }
    public string? Phase { get; set; }
    public int? PartnerCount { get; set; }

    /// <summary>The source only says "more than" (printed as "&gt;150").</summary>
    public bool PartnerCountIsMinimum { get; set; }

    /// <summary>One organisation per line.</summary>
    public string? PartnerOrganisations { get; set; }

    public List<string> Sectors { get; set; } = [];

    /// <summary>The year it started.</summary>
    public int? StartedYear { get; set; }

    /// <summary>How many partners of each kind, by <see cref="Domain.LearningCommunities.PartnerTypes"/> code; empty or 0 is left out.</summary>
    public Dictionary<string, int?> PartnerTypes { get; set; } = [];
    public List<ContactRow> Contacts { get; set; } = [];
    public string? Description { get; set; }
    public int? Version { get; set; }

    public static LearningCommunityForm From(LearningCommunityResponse lc) => new LearningCommunityForm
    {
        Name = lc.Name,
        Region = lc.Region,
        Type = lc.Type,
        Status = lc.Status,
        Phase = lc.Phase,
        PartnerCount = lc.PartnerCount,
        PartnerCountIsMinimum = lc.PartnerCountIsMinimum,
        PartnerOrganisations = string.Join('\n', lc.PartnerOrganisations),
        Sectors = [.. lc.Sectors],
        Contacts = [.. lc.Contacts.Select(c => new ContactRow { Name = c.Name, Role = c.Role, Email = c.Email, Phone = c.Phone })],
        Description = lc.Description,
        StartedYear = lc.StartedYear,
        PartnerTypes = lc.PartnerTypes.ToDictionary(p => p.Type, p => (int?)p.Count),
        Version = lc.Version,
    }.WithBlankRows();

    public LearningCommunityForm WithBlankRows()
    {
        if (Contacts.Count == 0 || !Contacts[^1].IsBlank)
        {
            Contacts.AddRange(Enumerable.Range(0, BlankContactRows).Select(_ => new ContactRow()));
        }

        return this;
    }

    public (UpdateLearningCommunityCommand Command, FormErrorMap Errors) ToUpdateCommand(Guid id)
    {
        var (errors, contacts) = ContactsToSend();
        var command = new UpdateLearningCommunityCommand(
            Name, Blank(Region), Blank(Type), Blank(Status), Blank(Phase), PartnerCount, PartnerCountIsMinimum,
            Partners(), Sectors, contacts, Blank(Description), Version, PartnerTypesToSend(), StartedYear)
        {
            Id = id,
        };
        return (command, errors);
    }

    public (CreateLearningCommunityCommand Command, FormErrorMap Errors) ToCreateCommand()
    {
        var (errors, contacts) = ContactsToSend();
        var command = new CreateLearningCommunityCommand(
            Name, Blank(Region), Blank(Type), Blank(Status), Blank(Phase), PartnerCount, PartnerCountIsMinimum,
            Partners(), Sectors, contacts, Blank(Description), PartnerTypesToSend(), StartedYear);
        return (command, errors);
    }

    private List<PartnerTypeInput> PartnerTypesToSend() =>
        [.. PartnerTypes.Where(p => p.Value is { } n && n != 0).Select(p => new PartnerTypeInput(p.Key, p.Value))];

    private List<string> Partners() => [.. (PartnerOrganisations ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    /// <summary>The contacts to send (blank rows left out) and the error map that points their errors back at the rows.</summary>
    private (FormErrorMap Errors, List<ContactPersonDto> Contacts) ContactsToSend()
    {
        var errors = new FormErrorMap("Form", typeof(LearningCommunityForm), "Staff.Lc").Label("name", "Field.Name")
            .Label("contacts.name", "Staff.Lc.ContactName").Label("contacts.role", "Staff.Lc.ContactRole")
            .Label("contacts.email", "Staff.Lc.ContactEmail").Label("contacts.phone", "Staff.Lc.ContactPhone")
            .Label("partnerTypes.count", "Staff.Lc.PartnerTypeCount").Label("partnerTypes.type", "Staff.Lc.PartnerTypes");
        var contacts = new List<ContactPersonDto>();
        for (var i = 0; i < Contacts.Count; i++)
        {
            if (Contacts[i].IsBlank)
            {
                continue;
            }

            errors.MapIndex("contacts", contacts.Count, i);
            var c = Contacts[i];
            contacts.Add(new ContactPersonDto(c.Name?.Trim() ?? "", Blank(c.Role), Blank(c.Email), Blank(c.Phone)));
        }

        return (errors, contacts);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public sealed class ContactRow
{
    public string? Name { get; set; }
    public string? Role { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Role) && string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(Phone);
}

/// <summary>A page with an LC form: the new-LC and edit pages share its fields.</summary>
public interface ILearningCommunityFormPage
{
    LearningCommunityForm Form { get; }

    Vocabulary Vocabulary { get; }
}
