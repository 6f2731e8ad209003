namespace LcPeers.Domain.Reference;

/// <summary>
/// One term of a controlled vocabulary (a phase, a bottleneck theme, a sector): a stable code with Dutch and English
/// labels and descriptions. Codes never change; labels and descriptions may be edited.
/// </summary>
public sealed class ReferenceTerm
{
    private ReferenceTerm() { } // for EF

    public ReferenceKind Kind { get; private set; }
    public string Code { get; private set; } = "";
    public int SortOrder { get; private set; }
    public string LabelNl { get; private set; } = "";
    public string LabelEn { get; private set; } = "";
    public string DescriptionNl { get; private set; } = "";
    public string DescriptionEn { get; private set; } = "";

    public static ReferenceTerm Define(ReferenceKind kind, string code, int sortOrder, string labelNl, string labelEn, string descriptionNl, string descriptionEn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(labelNl);
        ArgumentException.ThrowIfNullOrWhiteSpace(labelEn);
        return new ReferenceTerm
        {
            Kind = kind,
            Code = code,
            SortOrder = sortOrder,
            LabelNl = labelNl,
            LabelEn = labelEn,
            DescriptionNl = descriptionNl,
            DescriptionEn = descriptionEn,
        };
    }
}
