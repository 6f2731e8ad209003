using LcPeers.Domain.Accounts;
using LcPeers.Domain.Common;
using LcPeers.Domain.Engagements;
using LcPeers.Domain.Experts;
using LcPeers.Domain.LearningCommunities;
using LcPeers.Domain.Reference;
using LcPeers.Domain.Tools;

namespace LcPeers.Domain.Stories;

/// <summary>
/// A success story of an LC about one ended engagement, written by one of its coordinators (or staff), reviewed by
/// staff and then public. The expert is named only when the author asks for it and the expert consented
/// (docs/decisions/0009-story-expert-consent.md). Edits carry the version they started from.
/// </summary>
public sealed class Story
{
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 2000;
    public const int NoteMaxLength = 1000;
    public const int MaxBottlenecks = 6;
    public const int MaxTools = 30;

    private Story() { } // for EF

    public StoryId Id { get; private set; }
    public LearningCommunityId LearningCommunityId { get; private set; }
    public EngagementId EngagementId { get; private set; }
    public ExpertId ExpertId { get; private set; }
    public string Title { get; private set; } = "";
    public string WhatWasStuck { get; private set; } = "";
    public string WhoHelped { get; private set; } = "";
    public string WhatChanged { get; private set; } = "";
    public Phase Phase { get; private set; }
    public IReadOnlyList<Bottleneck> Bottlenecks { get; private set; } = [];
    public IReadOnlyList<ToolId> Tools { get; private set; } = [];
    public bool NameExpert { get; private set; }

    /// <summary>When the expert consented to being named in this story; null when they did not (or withdrew).</summary>
    public DateTimeOffset? ExpertConsentAt { get; private set; }

    public StoryStatus Status { get; private set; }

    /// <summary>Staff's note when they returned the story to its author.</summary>
    public string? ReviewNote { get; private set; }

    public AccountId AuthorId { get; private set; }
    public AccountId? ReviewedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public int Version { get; private set; }

    /// <summary>The author may still change it: a draft, or returned by staff.</summary>
    public bool IsEditable => Status is StoryStatus.Draft or StoryStatus.Returned;

    /// <summary>The expert's name may be shown: the author asked for it and the expert consented.</summary>
    public bool ShowsExpertName => NameExpert && ExpertConsentAt is not null;

    /// <summary>
    /// The actions the viewer may take now: the author (or staff) edits and submits a draft or returned story, staff
    /// publish or return a submitted one, the expert gives or withdraws consent to being named.
    /// </summary>
    public IReadOnlyList<string> AllowedActions(bool isAuthor, bool isStaff, bool isOwnExpert)
    {
        var actions = new List<string>(3);
        if (IsEditable && (isAuthor || isStaff))
        {
            actions.Add(StoryActions.Edit);
            actions.Add(StoryActions.Submit);
        }

        if (Status == StoryStatus.Submitted && isStaff)
        {
            actions.Add(StoryActions.Publish);
            actions.Add(StoryActions.Return);
        }

        if (isOwnExpert)
        {
            actions.Add(ExpertConsentAt is null ? StoryActions.GiveConsent : StoryActions.WithdrawConsent);
        }

        return actions;
    }

    /// <summary>Starts a draft about an engagement that has ended (completed, or its period is over).</summary>
    public static Story Write(Engagement engagement, StoryContent content, AccountId by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(engagement);
        if (!engagement.HasEnded(now))
        {
            throw new BusinessRuleException(RuleCodes.Story.EngagementNotEnded, "A story is written after the engagement ended (completed, or its period is over).");
        }

        var story = new Story
        {
            Id = StoryId.New(now),
            LearningCommunityId = engagement.LearningCommunityId,
            EngagementId = engagement.Id,
            ExpertId = engagement.ExpertId,
            Status = StoryStatus.Draft,
            AuthorId = by,
            CreatedAt = now,
            Version = 0,
        };
        story.Apply(content, now);
        return story;
    }

    public void Update(StoryContent content, DateTimeOffset now)
    {
        if (!IsEditable)
        {
            throw new BusinessRuleException(RuleCodes.Story.NotEditable, $"A {Codes<StoryStatus>.Of(Status)} story can no longer be changed.");
        }

        Apply(content, now);
    }

    /// <summary>The author hands the story to staff for review.</summary>
    public void Submit(DateTimeOffset now)
    {
        if (!IsEditable)
        {
            throw new BusinessRuleException(RuleCodes.Story.InvalidTransition, $"A {Codes<StoryStatus>.Of(Status)} story cannot be submitted.");
        }

        EnsureConsentWhereNamed();
        Status = StoryStatus.Submitted;
        SubmittedAt = now;
        ReviewNote = null;
        Touch(now);
    }

    /// <summary>Staff publish a submitted story: from now on it is public.</summary>
    public void Publish(AccountId by, DateTimeOffset now)
    {
        EnsureSubmitted();
        EnsureConsentWhereNamed(); // the expert may have withdrawn since the story was submitted
        Status = StoryStatus.Published;
        PublishedAt = now;
        ReviewedBy = by;
        Touch(now);
    }

    /// <summary>Staff return a submitted story to its author with a note saying what to change.</summary>
    public void Return(AccountId by, string note, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(note);
        EnsureSubmitted();
        Status = StoryStatus.Returned;
        ReviewNote = note.Trim();
        ReviewedBy = by;
        Touch(now);
    }

    /// <summary>The expert gives (or withdraws) consent to being named in this story; a withdrawal hides the name at once, published or not.</summary>
    public void RecordExpertConsent(bool consent, DateTimeOffset now)
    {
        ExpertConsentAt = consent ? ExpertConsentAt ?? now : null;
        Touch(now);
    }

    private void EnsureSubmitted()
    {
        if (Status != StoryStatus.Submitted)
        {
            throw new BusinessRuleException(RuleCodes.Story.NotSubmitted, "Only a submitted story is reviewed.");
        }
    }

    private void EnsureConsentWhereNamed()
    {
        if (NameExpert && ExpertConsentAt is null)
        {
            throw new BusinessRuleException(RuleCodes.Story.ExpertConsentMissing,
                "The story names the expert, but the expert has not consented: ask them to consent, or do not name them.");
        }
    }

    private void Apply(StoryContent content, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(content.Title);
        ArgumentException.ThrowIfNullOrWhiteSpace(content.WhatWasStuck);
        ArgumentException.ThrowIfNullOrWhiteSpace(content.WhoHelped);
        ArgumentException.ThrowIfNullOrWhiteSpace(content.WhatChanged);
        Title = content.Title.Trim();
        WhatWasStuck = content.WhatWasStuck.Trim();
        WhoHelped = content.WhoHelped.Trim();
        WhatChanged = content.WhatChanged.Trim();
        Phase = content.Phase;
        Bottlenecks = [.. content.Bottlenecks.Distinct().Order()];
        Tools = [.. content.Tools.Distinct()];
        NameExpert = content.NameExpert;
        Touch(now);
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }
}
