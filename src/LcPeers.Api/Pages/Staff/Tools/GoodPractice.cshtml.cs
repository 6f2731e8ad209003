using LcPeers.Api.Web;
using LcPeers.Application.GoodPractices;
using LcPeers.Application.GoodPractices.GetGoodPractice;
using LcPeers.Application.GoodPractices.RecordGoodPractice;
using LcPeers.Application.GoodPractices.RemoveGoodPractice;
using LcPeers.Application.GoodPractices.UpdateGoodPractice;
using Microsoft.AspNetCore.Mvc;

namespace LcPeers.Api.Pages.Staff.Tools;

/// <summary>The fields of the good-practice form.</summary>
public sealed class GoodPracticeForm
{
    public string? Title { get; set; }

    public string? Phase { get; set; }

    public string? Bottleneck { get; set; }

    public string? WhatWasDone { get; set; }

    public string? WhatItBrought { get; set; }

    public string? Contact { get; set; }

    public string? Tool { get; set; }

    public int? Version { get; set; }

    public static GoodPracticeForm From(GoodPracticeResponse p) => new()
    {
        Title = p.Title,
        Phase = p.Phase,
        Bottleneck = p.Bottleneck,
        WhatWasDone = p.WhatWasDone,
        WhatItBrought = p.WhatItBrought,
        Contact = p.Contact,
        Tool = p.Tool?.Id.ToString(),
        Version = p.Version,
    };
}

/// <summary>Staff record a good practice (<c>/staff/good-practices</c>), change one or take it out (<c>/staff/good-practices/{id}</c>).</summary>
public sealed class GoodPracticeModel(ReferenceData reference) : UiPageModel
{
    [BindProperty]
    public GoodPracticeForm Form { get; set; } = new();

    public GoodPracticeResponse? Existing { get; private set; }

    public Vocabulary Vocabulary { get; private set; } = Vocabulary.Empty;

    public async Task OnGetAsync(Guid? id, Guid? tool)
    {
        await LoadAsync(id);
        Form = Existing is { } practice ? GoodPracticeForm.From(practice) : new GoodPracticeForm { Tool = tool?.ToString() };
    }

    public async Task<IActionResult> OnPostAsync(Guid? id)
    {
        await LoadAsync(id);
        if (BindingFailed())
        {
            return Page();
        }

        var f = Form;
        var saved = id ?? Guid.Empty;
        var sent = await TrySendAsync(async ct =>
        {
            if (id is { } existing)
            {
                await Sender.Send(new UpdateGoodPracticeCommand(f.Title, Blank(f.Phase), Blank(f.Bottleneck), f.WhatWasDone, f.WhatItBrought, f.Contact, Blank(f.Tool), f.Version)
                {
                    GoodPracticeId = existing,
                }, ct);
            }
            else
            {
                saved = await Sender.Send(new RecordGoodPracticeCommand(f.Title, Blank(f.Phase), Blank(f.Bottleneck), f.WhatWasDone, f.WhatItBrought, f.Contact, Blank(f.Tool)), ct);
            }
        }, ErrorMap());
        if (!sent)
        {
            return Page();
        }

        StatusMessage = T["GoodPractice.Saved", f.Title!.Trim()];
        return Redirect($"/goede-praktijken#practice-{saved}");
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id)
    {
        await LoadAsync(id);
        if (!await TrySendAsync(ct => Sender.Send(new RemoveGoodPracticeCommand(id, Form.Version), ct).AsTask(), ErrorMap()))
        {
            Form = GoodPracticeForm.From(Existing!);
            return Page();
        }

        StatusMessage = T["GoodPractice.Removed", Existing!.Title];
        return Redirect("/goede-praktijken");
    }

    private static FormErrorMap ErrorMap() => new(nameof(Form), typeof(GoodPracticeForm), "GoodPractice");

    private async Task LoadAsync(Guid? id)
    {
        Vocabulary = await reference.VocabularyAsync(Ct);
        if (id is { } practiceId)
        {
            Existing = await Sender.Send(new GetGoodPracticeQuery(practiceId), Ct);
        }
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
