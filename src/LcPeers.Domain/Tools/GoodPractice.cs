using LcPeers.Domain.Accounts;
using LcPeers.Domain.Reference;

namespace LcPeers.Domain.Tools;

/// <summary>
/// A good practice (report, ch. 6.1-6.2, "goede praktijken"): what an LC did about a bottleneck in a phase and what it
/// brought, with someone to ask about it; recorded by staff, public in the catalogue, beside its tool when it names one.
/// Edits carry the version they started from.
/// </summary>
public sealed class GoodPractice
{
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 2000;
    public const int ContactMaxLength = 300;

    private GoodPractice() { } // for EF

    public GoodPracticeId Id { get; private set; }
    public string Title { get; private set; } = "";
    public Phase Phase { get; private set; }
    public Bottleneck Bottleneck { get; private set; }
    public string WhatWasDone { get; private set; } = "";
    public string WhatItBrought { get; private set; } = "";

    /// <summary>Whom to ask: a name with an address or an organisation, entered with that person's agreement.</summary>
    public string Contact { get; private set; } = "";

    /// <summary>The catalogue tool the practice used, if any.</summary>
    public ToolId? ToolId { get; private set; }

    public AccountId RecordedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public int Version { get; private set; }

    public static GoodPractice Record(GoodPracticeContent content, AccountId by, DateTimeOffset now)
    {
        var practice = new GoodPractice { Id = GoodPracticeId.New(now), RecordedBy = by, CreatedAt = now, Version = 1 };
        practice.Apply(content, now);
        return practice;
    }

    public void Update(GoodPracticeContent content, DateTimeOffset now)
    {
        Apply(content, now);
        Version++;
    }

    private void Apply(GoodPracticeContent content, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(content.Title);
        ArgumentException.ThrowIfNullOrWhiteSpace(content.WhatWasDone);
        ArgumentException.ThrowIfNullOrWhiteSpace(content.WhatItBrought);
        ArgumentException.ThrowIfNullOrWhiteSpace(content.Contact);
        Title = content.Title.Trim();
        Phase = content.Phase;
        Bottleneck = content.Bottleneck;
        WhatWasDone = content.WhatWasDone.Trim();
        WhatItBrought = content.WhatItBrought.Trim();
        Contact = content.Contact.Trim();
        ToolId = content.ToolId;
        UpdatedAt = now;
    }
}

/// <summary>What a good practice tells.</summary>
public sealed record GoodPracticeContent(
    string Title, Phase Phase, Bottleneck Bottleneck, string WhatWasDone, string WhatItBrought, string Contact, ToolId? ToolId);
