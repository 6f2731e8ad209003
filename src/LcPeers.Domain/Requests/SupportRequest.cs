using LcPeers.Domain.Accounts;
using LcPeers.Domain.Common;
using LcPeers.Domain.LearningCommunities;
using LcPeers.Domain.Reference;
using LcPeers.Domain.Tools;

namespace LcPeers.Domain.Requests;

/// <summary>
/// An LC's request for an experienced person, tied to its phase and bottlenecks. Engagements are temporary by design,
/// so a request always has a period and an hours budget.
/// </summary>
public sealed partial class SupportRequest : AggregateRoot
{
    public const int MaxExpertsWanted = 3;

    private static readonly RequestStatus[] OpenStatuses =
        [RequestStatus.Draft, RequestStatus.Submitted, RequestStatus.Matching, RequestStatus.Matched, RequestStatus.InProgress];

    private List<StatusChange> _history = [];

    private SupportRequest() { } // for EF

    public SupportRequestId Id { get; private set; }
    public LearningCommunityId LearningCommunityId { get; private set; }
    public Phase Phase { get; private set; }
    public IReadOnlyList<Bottleneck> Bottlenecks { get; private set; } = [];
    public RequestKind Kind { get; private set; }
    public ToolId? Tool { get; private set; }
    public string Description { get; private set; } = "";
    public DateOnly Start { get; private set; }
    public DateOnly End { get; private set; }
    public int Hours { get; private set; }
    public WorkFormat Format { get; private set; }
    public string? Region { get; private set; }
    public string? Location { get; private set; }
    public IReadOnlyList<Language> Languages { get; private set; } = [];
    public int ExpertsWanted { get; private set; }
    public IReadOnlyList<string> ExcludedOrganisations { get; private set; } = [];
    public RequestStatus Status { get; private set; }
    public IReadOnlyList<StatusChange> History => _history;
    public AccountId CreatedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public int Version { get; private set; }

    public bool IsOpen => OpenStatuses.Contains(Status);

    public static SupportRequest Draft(LearningCommunityId lc, RequestDetails details, AccountId by, DateTimeOffset now)
    {
        var request = new SupportRequest
        {
            Id = SupportRequestId.New(now),
            LearningCommunityId = lc,
            Status = RequestStatus.Draft,
            CreatedBy = by,
            CreatedAt = now,
            Version = 1,
        };
        request.Apply(details);
        request._history.Add(new StatusChange(null, RequestStatus.Draft, now, by, null));
        request.UpdatedAt = now;
        return request;
    }

    /// <summary>Details can change while the request is a draft or waiting to be matched; not once experts are involved.</summary>
    public void Edit(RequestDetails details, DateTimeOffset now)
    {
        if (!CanEdit)
        {
            throw new BusinessRuleException(RuleCodes.Request.NotEditable, $"A request that is {Codes<RequestStatus>.Of(Status)} can no longer be edited.");
        }

        Apply(details);
        UpdatedAt = now;
        Version++;
    }

    public void Submit(AccountId by, DateTimeOffset now)
    {
        MoveTo(RequestStatus.Submitted, SubmittableFrom, by, null, now);
        Raise(new RequestSubmitted(this, by, now));
    }

    public void StartMatching(AccountId by, DateTimeOffset now) => MoveTo(RequestStatus.Matching, [RequestStatus.Submitted], by, null, now);

    public void MarkMatched(AccountId by, DateTimeOffset now) => MoveTo(RequestStatus.Matched, [RequestStatus.Submitted, RequestStatus.Matching], by, null, now);

    public void MarkInProgress(AccountId by, DateTimeOffset now) => MoveTo(RequestStatus.InProgress, [RequestStatus.Matched], by, null, now);

    public void Complete(AccountId by, DateTimeOffset now) => MoveTo(RequestStatus.Completed, [RequestStatus.Matched, RequestStatus.InProgress], by, null, now);

    /// <summary>
    /// An expert accepted one of this request's invitations; <paramref name="engagementsSoFar"/> counts the engagements it
    /// had before. The request must still be open and short of experts. Every acceptance moves the request's version, so
    /// two acceptances at the same moment clash and the later one is taken again with the other's engagement counted
    /// (otherwise each would see the other missing and nobody would mark the request matched).
    /// </summary>
    public void TakeOnExpert(int engagementsSoFar, AccountId by, DateTimeOffset now)
    {
        if (!IsOpen)
        {
            throw new BusinessRuleException(RuleCodes.Request.Closed, $"The request is {Codes<RequestStatus>.Of(Status)}; it no longer needs an expert.");
        }

        if (engagementsSoFar >= ExpertsWanted)
        {
            throw new BusinessRuleException(RuleCodes.Request.FullyStaffed, "The request already has all the experts it asked for.");
        }

        UpdatedAt = now;
        Version++;
        if (engagementsSoFar + 1 < ExpertsWanted)
        {
            return;
        }

        var from = Status;
        if (Status is RequestStatus.Submitted or RequestStatus.Matching)
        {
            MarkMatched(by, now);
        }

        Raise(new RequestFullyStaffed(this, from, by, now));
    }

    /// <summary>The LC takes its request back.</summary>
    public void Withdraw(AccountId by, string? reason, DateTimeOffset now)
    {
        var from = Status;
        MoveTo(RequestStatus.Withdrawn, OpenStatuses, by, reason, now);
        Raise(new RequestWithdrawn(this, from, by, _history[^1].Reason, now));
    }

    /// <summary>Staff stop a request.</summary>
    public void Cancel(AccountId by, string? reason, DateTimeOffset now)
    {
        var from = Status;
        MoveTo(RequestStatus.Cancelled, OpenStatuses, by, reason, now);
        Raise(new RequestCancelled(this, from, by, _history[^1].Reason, now));
    }

    /// <summary>Staff or a run start matching a submitted request (its proposals were just made).</summary>
    public bool StartMatchingIfSubmitted(AccountId by, DateTimeOffset now)
    {
        if (Status != RequestStatus.Submitted)
        {
            return false;
        }

        StartMatching(by, now);
        return true;
    }

    private void MoveTo(RequestStatus to, RequestStatus[] allowedFrom, AccountId by, string? reason, DateTimeOffset now)
    {
        if (!allowedFrom.Contains(Status))
        {
            throw new BusinessRuleException(
                RuleCodes.Request.InvalidTransition,
                $"A request that is {Codes<RequestStatus>.Of(Status)} cannot become {Codes<RequestStatus>.Of(to)}.");
        }

        _history.Add(new StatusChange(Status, to, now, by, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()));
        Status = to;
        UpdatedAt = now;
        Version++;
    }

    private void Apply(RequestDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (details.Bottlenecks.Count == 0)
        {
            throw new BusinessRuleException(RuleCodes.Request.NoBottleneck, "A request names at least one bottleneck theme.");
        }

        if (details.End < details.Start)
        {
            throw new BusinessRuleException(RuleCodes.Request.PeriodReversed, "A request's period must not end before it starts.");
        }

        if (details.Hours <= 0)
        {
            throw new BusinessRuleException(RuleCodes.Request.NoHours, "A request needs a positive number of hours.");
        }

        if (details.ExpertsWanted is < 1 or > MaxExpertsWanted)
        {
            throw new BusinessRuleException(RuleCodes.Request.ExpertsWanted, $"A request asks for 1 to {MaxExpertsWanted} experts.");
        }

        if (details.Kind == RequestKind.ToolFacilitation && details.Tool is null)
        {
            throw new BusinessRuleException(RuleCodes.Request.ToolRequired, "Tool facilitation names the tool to facilitate.");
        }

        if (details.Format == WorkFormat.OnSite && details.Region is null)
        {
            throw new BusinessRuleException(RuleCodes.Request.RegionRequired, "On-site help names the region where it takes place.");
        }

        Phase = details.Phase;
        Bottlenecks = [.. details.Bottlenecks.Distinct().Order()];
        Kind = details.Kind;
        Tool = details.Tool;
        Description = details.Description.Trim();
        Start = details.Start;
        End = details.End;
        Hours = details.Hours;
        Format = details.Format;
        Region = details.Region is null ? null : Provinces.Normalise(details.Region);
        Location = string.IsNullOrWhiteSpace(details.Location) ? null : details.Location.Trim();
        Languages = details.Languages.Count == 0 ? [Language.Nl] : [.. details.Languages.Distinct().Order()];
        ExpertsWanted = details.ExpertsWanted;
        ExcludedOrganisations = [.. details.ExcludedOrganisations.Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];
    }
}
