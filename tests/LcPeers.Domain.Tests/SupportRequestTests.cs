using LcPeers.Domain.Common;
using LcPeers.Domain.LearningCommunities;
using LcPeers.Domain.Reference;
using LcPeers.Domain.Requests;
using LcPeers.Domain.Tools;

namespace LcPeers.Domain.Tests;

public sealed class SupportRequestTests
{
    private static readonly DateTimeOffset Now = new(2027, 1, 10, 8, 0, 0, TimeSpan.Zero);
    private static readonly LearningCommunityId Lc = new(Guid.NewGuid());

    private static RequestDetails Details() => new(
        Phase.Continuation, [Bottleneck.Financing, Bottleneck.Continuity, Bottleneck.Financing], RequestKind.TemporarySupport, null,
        " Need a business model ", new DateOnly(2027, 2, 1), new DateOnly(2027, 5, 31), 24, WorkFormat.OnSite, "zeeland", null, [], 1, []);

    [Fact]
    public void Draft_StartsInDraft_WithHistory()
    {
        var request = SupportRequest.Draft(Lc, Details(), Actors.Of("c@lc.example"), Now);

        Assert.Equal(RequestStatus.Draft, request.Status);
        Assert.Equal([Bottleneck.Continuity, Bottleneck.Financing], request.Bottlenecks);
        Assert.Equal("Zeeland", request.Region);
        Assert.Equal([Language.Nl], request.Languages);
        var first = Assert.Single(request.History);
        Assert.Equal(new StatusChange(null, RequestStatus.Draft, Now, Actors.Of("c@lc.example"), null), first);
    }

    [Fact]
    public void FullLifeCycle_RecordsEveryStep()
    {
        var request = SupportRequest.Draft(Lc, Details(), Actors.Of("c"), Now);
        request.Submit(Actors.Of("c"), Now.AddMinutes(1));
        request.StartMatching(Actors.Of("staff"), Now.AddMinutes(2));
        request.MarkMatched(Actors.Of("staff"), Now.AddMinutes(3));
        request.MarkInProgress(Actors.Of("expert"), Now.AddMinutes(4));
        request.Complete(Actors.Of("c"), Now.AddMinutes(5));

        Assert.Equal(RequestStatus.Completed, request.Status);
        Assert.Equal(
            [RequestStatus.Draft, RequestStatus.Submitted, RequestStatus.Matching, RequestStatus.Matched, RequestStatus.InProgress, RequestStatus.Completed],
            request.History.Select(h => h.To));
        Assert.False(request.IsOpen);
    }

    [Theory]
    [InlineData(RequestStatus.Draft)]
    [InlineData(RequestStatus.Submitted)]
    public void Withdraw_FromOpenState_IsAllowed(RequestStatus from)
    {
        var request = SupportRequest.Draft(Lc, Details(), Actors.Of("c"), Now);
        if (from == RequestStatus.Submitted)
        {
            request.Submit(Actors.Of("c"), Now);
        }

        request.Withdraw(Actors.Of("c"), " no longer needed ", Now);

        Assert.Equal(RequestStatus.Withdrawn, request.Status);
        Assert.Equal("no longer needed", request.History[^1].Reason);
    }

    [Fact]
    public void Submit_Twice_IsAnInvalidTransition()
    {
        var request = SupportRequest.Draft(Lc, Details(), Actors.Of("c"), Now);
        request.Submit(Actors.Of("c"), Now);

        var error = Assert.Throws<BusinessRuleException>(() => request.Submit(Actors.Of("c"), Now));
        Assert.Equal(RuleCodes.Request.InvalidTransition, error.Code);
    }

    [Fact]
    public void Cancel_AfterCompletion_IsRefused()
    {
        var request = SupportRequest.Draft(Lc, Details(), Actors.Of("c"), Now);
        request.Withdraw(Actors.Of("c"), null, Now);

        var error = Assert.Throws<BusinessRuleException>(() => request.Cancel(Actors.Of("staff"), "x", Now));
        Assert.Equal(RuleCodes.Request.InvalidTransition, error.Code);
    }

    [Theory]
    [InlineData(RuleCodes.Request.PeriodReversed)]
    [InlineData(RuleCodes.Request.NoHours)]
    [InlineData(RuleCodes.Request.ExpertsWanted)]
    public void Draft_BrokenRule_IsRefusedWithItsCode(string code)
    {
        var details = code switch
        {
            RuleCodes.Request.PeriodReversed => Details() with { End = new DateOnly(2027, 1, 1) },
            RuleCodes.Request.NoHours => Details() with { Hours = 0 },
            RuleCodes.Request.ExpertsWanted => Details() with { ExpertsWanted = 4 },
            _ => throw new ArgumentOutOfRangeException(nameof(code)),
        };

        var error = Assert.Throws<BusinessRuleException>(() => SupportRequest.Draft(Lc, details, Actors.Of("c"), Now));
        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void Edit_OnceMatching_IsRefused()
    {
        var request = SupportRequest.Draft(Lc, Details() with { Kind = RequestKind.ToolFacilitation, Tool = new ToolId(Guid.NewGuid()) }, Actors.Of("c"), Now);
        request.Submit(Actors.Of("c"), Now);
        request.StartMatching(Actors.Of("staff"), Now);

        var error = Assert.Throws<BusinessRuleException>(() => request.Edit(Details(), Now));
        Assert.Equal(RuleCodes.Request.NotEditable, error.Code);
    }

    [Fact]
    public void Draft_WithOnlyADescription_IsSavedWithItsTermsOpen()
    {
        var details = Details() with { Bottlenecks = [], Kind = null, Start = null, End = null, Hours = null, Format = null, Region = null };

        var request = SupportRequest.Draft(Lc, details, Actors.Of("c"), Now);

        Assert.Equal(RequestStatus.Draft, request.Status);
        Assert.Equal(["bottlenecks", "kind", "start", "end", "hours", "format"], request.MissingTerms());
        Assert.False(request.IsComplete);
    }

    [Theory]
    [InlineData("tool")]
    [InlineData("region")]
    [InlineData("bottlenecks")]
    [InlineData("hours")]
    public void Submit_WithATermOpen_IsRefusedAndNamesIt(string field)
    {
        var details = field switch
        {
            "tool" => Details() with { Kind = RequestKind.ToolFacilitation, Tool = null },
            "region" => Details() with { Format = WorkFormat.OnSite, Region = null },
            "bottlenecks" => Details() with { Bottlenecks = [] },
            _ => Details() with { Hours = null },
        };
        var request = SupportRequest.Draft(Lc, details, Actors.Of("c"), Now);

        var error = Assert.Throws<BusinessRuleException>(() => request.Submit(Actors.Of("c"), Now));

        Assert.Equal(RuleCodes.Request.Incomplete, error.Code);
        Assert.Equal([field], request.MissingTerms());
        Assert.Equal(RequestStatus.Draft, request.Status);
    }

    [Fact]
    public void Edit_OfASubmittedRequest_KeepsItsTermsGiven()
    {
        var request = SupportRequest.Draft(Lc, Details(), Actors.Of("c"), Now);
        request.Submit(Actors.Of("c"), Now);

        var error = Assert.Throws<BusinessRuleException>(() => request.Edit(Details() with { Start = null }, Now));

        Assert.Equal(RuleCodes.Request.Incomplete, error.Code);
        Assert.NotNull(request.Start);
    }

    [Fact]
    public void Terms_OfADraftWithTermsOpen_AreRefused()
    {
        var request = SupportRequest.Draft(Lc, Details() with { Kind = null }, Actors.Of("c"), Now);

        var error = Assert.Throws<BusinessRuleException>(() => request.Terms);

        Assert.Equal(RuleCodes.Request.Incomplete, error.Code);
    }
}
