using System.Globalization;
using LcPeers.Api.Web;
using LcPeers.Application.Matching.Weights;
using LcPeers.Domain.Matching;
using Microsoft.AspNetCore.Mvc;

namespace LcPeers.Api.Pages.Staff;

/// <summary>The ten weights as typed (a decimal comma or point), and the version they were read at.</summary>
public sealed class WeightsForm
{
    public string? Competence { get; set; }

    public string? Phase { get; set; }

    public string? KindFit { get; set; }

    public string? Tools { get; set; }

    public string? Sector { get; set; }

    public string? Region { get; set; }

    public string? TrackRecord { get; set; }

    public string? Load { get; set; }

    public string? OutsidePerspective { get; set; }

    public string? RecentLoad { get; set; }

    public int? Version { get; set; }
}

/// <summary>The ranking weights; saving sends the version read, so a colleague's newer change shows as a conflict.</summary>
public sealed class WeightsModel : UiPageModel
{
    public static readonly IReadOnlyList<(string Name, string Code)> Fields =
    [
        (nameof(WeightsForm.Competence), "competence"), (nameof(WeightsForm.Phase), "phase"), (nameof(WeightsForm.KindFit), "kind-fit"),
        (nameof(WeightsForm.Tools), "tools"), (nameof(WeightsForm.Sector), "sector"), (nameof(WeightsForm.Region), "region"),
        (nameof(WeightsForm.TrackRecord), "track-record"), (nameof(WeightsForm.Load), "load"), (nameof(WeightsForm.OutsidePerspective), "outside-perspective"),
        (nameof(WeightsForm.RecentLoad), "recent-load"),
    ];

    [BindProperty]
    public WeightsForm Form { get; set; } = new();

    public WeightsResponse? Current { get; private set; }

    public string Value(string name) => (string?)typeof(WeightsForm).GetProperty(name)!.GetValue(Form) ?? "";

    public async Task OnGetAsync()
    {
        Current = await Sender.Send(new GetWeightsQuery(), Ct);
        Form = FromWeights(Current.Weights, Current.Version);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Current = await Sender.Send(new GetWeightsQuery(), Ct);
        var values = new Dictionary<string, double?>(StringComparer.Ordinal);
        foreach (var (name, _) in Fields)
        {
            var text = Value(name).Trim().Replace(',', '.');
            if (text.Length == 0)
            {
                values[name] = null;
            }
            else if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                values[name] = number;
            }
            else
            {
                ModelState.AddModelError($"{nameof(Form)}.{name}", T["Binding.Number"]);
            }
        }

        if (BindingFailed())
        {
            return Page();
        }

        var command = new UpdateWeightsCommand(values["Competence"], values["Phase"], values["KindFit"], values["Tools"], values["Sector"], values["Region"],
            values["TrackRecord"], values["Load"], values["OutsidePerspective"], Form.Version, values["RecentLoad"]);
        if (await TrySendAsync(ct => Sender.Send(command, ct).AsTask(), WeightsErrors()))
        {
            StatusMessage = T["Weights.Saved"];
            return Redirect("/staff/weights");
        }

        return Page();
    }

    /// <summary>Each weight's error names it as its label does (the ranking factor's name).</summary>
    private static FormErrorMap WeightsErrors()
    {
        var map = new FormErrorMap(nameof(Form), typeof(WeightsForm));
        foreach (var (name, code) in Fields)
        {
            map.Label(UiMessages.Camel(name), $"Code.factor.{code}");
        }

        return map;
    }

    private static WeightsForm FromWeights(MatchingWeights w, int version)
    {
        static string S(double d) => d.ToString("0.###", CultureInfo.CurrentCulture);
        return new WeightsForm
        {
            Competence = S(w.Competence),
            Phase = S(w.Phase),
            KindFit = S(w.KindFit),
            Tools = S(w.Tools),
            Sector = S(w.Sector),
            Region = S(w.Region),
            TrackRecord = S(w.TrackRecord),
            Load = S(w.Load),
            OutsidePerspective = S(w.OutsidePerspective),
            RecentLoad = S(w.RecentLoad),
            Version = version,
        };
    }
}
