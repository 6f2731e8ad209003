namespace LcPeers.Domain.Stories;

/// <summary>
/// draft → submitted → published; staff may instead return a submitted story to its author with a note (returned),
/// who edits and submits it again. Codes: draft, submitted, published, returned.
/// </summary>
public enum StoryStatus
{
    Draft = 1,
    Submitted = 2,
    Published = 3,
    Returned = 4,
}
