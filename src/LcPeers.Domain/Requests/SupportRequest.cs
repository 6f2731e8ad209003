using LcPeers.Domain.Accounts;
using LcPeers.Domain.Common;
using LcPeers.Domain.LearningCommunities;
using LcPeers.Domain.Reference;
using LcPeers.Domain.Tools;

namespace LcPeers.Domain.Requests;

/// <summary>
/// An LC's request for an experienced person, tied to its phase and bottlenecks. Engagements are temporary by design,
/// so a submitted request always has a period and an hours budget; a draft may still leave its terms open
/// (<see cref="MissingTerms"/>).
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
    public Phase? Phase { get; private set; }
    public IReadOnlyList<Bottleneck> Bottlenecks { get; private set; } = [];
    public RequestKind? Kind { get; private set; }
    public ToolId? Tool { get; private set; }
    public string Description { get; private set; } = "";
    public DateOnly? Start { get; private set; }
    public DateOnly? End { get; private set; }
    public int? Hours { get; private set; }
    public WorkFormat? Format { get; private set; }
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

    /// <summary>
    /// The terms of a request past its draft (submission requires them all). Asking a draft that still leaves one open
    /// is refused with <see cref="RuleCodes.Request.Incomplete"/>.
    /// </summary>
    public RequestTerms Terms => Phase is { } phase && Kind is { } kind && Start is { } start && End is { } end && Hours is { } hours && Format is { } format
        ? new RequestTerms(phase, kind, start, end, hours, format)
        : throw new BusinessRuleException(RuleCodes.Request.Incomplete, $"Request {Id} still leaves terms open: {string.Join(", ", MissingTerms())}.");

    /// <summary>True once every term a submitted request needs is given.</summary>
    public bool IsComplete => MissingTerms().Count == 0;

    /// <summary>The terms still open, as API field names (<c>phase</c>, <c>bottlenecks</c>, <c>kind</c>, <c>tool</c>, <c>start</c>, <c>end</c>, <c>hours</c>, <c>format</c>, <c>region</c>).</summary>
    public IReadOnlyList<string> MissingTerms() => MissingIn(Phase, Bottlenecks, Kind, Tool, Start, End, Hours, Format, Region);

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

        ArgumentNullException.ThrowIfNull(details);
        if (Status != RequestStatus.Draft)
        {
            EnsureComplete(MissingTermsOf(details));
        }

        Apply(details);
        UpdatedAt = now;
        Version++;
    }

    /// <summary>The draft goes to matching; every term must be given by now (<see cref="RuleCodes.Request.Incomplete"/>).</summary>
    public void Submit(AccountId by, DateTimeOffset now)
    {
        if (Status == RequestStatus.Draft)
        {
            EnsureComplete(MissingTerms());
        }

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

    /// <summary>The terms <paramref name="details"/> leave open, as <see cref="MissingTerms"/> names them.</summary>
    public static IReadOnlyList<string> MissingTermsOf(RequestDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        return MissingIn(details.Phase, details.Bottlenecks, details.Kind, details.Tool, details.Start, details.End, details.Hours, details.Format, details.Region);
    }

    private static List<string> MissingIn(
        Phase? phase, IReadOnlyList<Bottleneck> bottlenecks, RequestKind? kind, ToolId? tool, DateOnly? start, DateOnly? end, int? hours, WorkFormat? format, string? region)
    {
        var missing = new List<string>(9);
        Add(phase is null, "phase");
        Add(bottlenecks.Count == 0, "bottlenecks");
        Add(kind is null, "kind");
        Add(kind == RequestKind.ToolFacilitation && tool is null, "tool");
        Add(start is null, "start");
        Add(end is null, "end");
        Add(hours is null, "hours");
        Add(format is null, "format");
        Add(format == WorkFormat.OnSite && region is null, "region");
        return missing;

        void Add(bool isMissing, string field)
        {
            if (isMissing)
            {
                missing.Add(field);
            }
        }
    }

    private static void EnsureComplete(IReadOnlyList<string> missing)
    {
        if (missing.Count > 0)
        {
            throw new BusinessRuleException(RuleCodes.Request.Incomplete, $"A request is submitted once its terms are given; still open: {string.Join(", ", missing)}.");
        }
    }

    /// <summary>Takes the details; the terms a draft leaves open are checked on submission, the ones it gives now.</summary>
    private void Apply(RequestDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
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
