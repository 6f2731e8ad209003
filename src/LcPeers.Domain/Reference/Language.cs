namespace LcPeers.Domain.Reference;

/// <summary>Working languages. Codes: nl, en.</summary>
public enum Language
{
    Nl = 1,
    En = 2,
}
