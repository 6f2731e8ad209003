namespace LcPeers.Domain.Reference;

/// <summary>The four development phases of an LC (report, Table 4). Codes: startup, execution, deepening, continuation.</summary>
public enum Phase
{
    Startup = 1,
    Execution = 2,
    Deepening = 3,
    Continuation = 4,
}
