using LcPeers.Api.Web;
using LcPeers.Application.Tools.AddTool;
using Microsoft.AspNetCore.Mvc;

namespace LcPeers.Api.Pages.Staff.Tools;

/// <summary>The fields of the add-a-tool form.</summary>
public sealed class ToolForm
{
    public string? Name { get; set; }

    public List<string> Phases { get; set; } = [];

    public List<string> Bottlenecks { get; set; } = [];

    public bool NeedsFacilitator { get; set; }

    public bool LcSpecific { get; set; }

    public string? DescriptionNl { get; set; }

    public string? DescriptionEn { get; set; }
}

/// <summary>Staff add a tool to the catalogue; it then appears on /tools, in the request form and in the story and good-practice forms.</summary>
public sealed class AddToolModel(ReferenceData reference) : UiPageModel
{
    [BindProperty]
    public ToolForm Form { get; set; } = new();

    public Vocabulary Vocabulary { get; private set; } = Vocabulary.Empty;

    public async Task OnGetAsync() => Vocabulary = await reference.VocabularyAsync(Ct);

    public async Task<IActionResult> OnPostAsync()
    {
        Vocabulary = await reference.VocabularyAsync(Ct);
        if (BindingFailed())
        {
            return Page();
        }

        var f = Form;
        var id = Guid.Empty;
        if (!await TrySendAsync(async ct => id = await Sender.Send(new AddToolCommand(f.Name, f.Phases, f.Bottlenecks, f.NeedsFacilitator, f.LcSpecific,
            f.DescriptionNl, f.DescriptionEn), ct), new FormErrorMap(nameof(Form), typeof(ToolForm), "ToolForm")))
        {
            return Page();
        }

        StatusMessage = T["ToolForm.Added", f.Name!.Trim()];
        return Redirect($"/tools#tool-{id}");
    }
}
