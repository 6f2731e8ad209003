using LcPeers.Domain.Accounts;
using LcPeers.Domain.Common;
using LcPeers.Domain.Experts;
using LcPeers.Domain.Reference;

namespace LcPeers.Domain.Tests;

public sealed class FreshnessTests
{
    private static readonly DateTimeOffset Registered = new(2027, 1, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Interval = TimeSpan.FromDays(91);
    private static readonly TimeSpan Window = TimeSpan.FromDays(14);

    [Fact]
    public void NextConfirmationStep_WalksFirstRequestSecondRequestStale_AndConfirmingStartsAgain()
    {
        var expert = NewExpert();
        Assert.Equal(Registered, expert.AvailabilityConfirmedAt);
        Assert.Equal(ConfirmationStep.None, expert.NextConfirmationStep(Registered + Interval - TimeSpan.FromMinutes(1), Interval, Window));

        var first = Registered + Interval;
        Assert.Equal(ConfirmationStep.FirstRequest, expert.NextConfirmationStep(first, Interval, Window));
        expert.RecordConfirmationRequest(first);
        Assert.Equal(ConfirmationStep.None, expert.NextConfirmationStep(first + Window - TimeSpan.FromMinutes(1), Interval, Window));

        var second = first + Window;
        Assert.Equal(ConfirmationStep.SecondRequest, expert.NextConfirmationStep(second, Interval, Window));
        expert.RecordConfirmationRequest(second);
        Assert.Equal(ConfirmationStep.None, expert.NextConfirmationStep(second + TimeSpan.FromDays(1), Interval, Window));

        var stale = second + Window;
        Assert.Equal(ConfirmationStep.Stale, expert.NextConfirmationStep(stale, Interval, Window));
        expert.MarkStale(stale);
        Assert.True(expert.IsStale);
        Assert.Equal(ConfirmationStep.None, expert.NextConfirmationStep(stale + Interval, Interval, Window));

        var confirmed = stale + TimeSpan.FromDays(2);
        expert.ConfirmAvailability(confirmed);
        Assert.False(expert.IsStale);
        Assert.Equal(0, expert.ConfirmationRequestsSent);
        Assert.Equal(confirmed, expert.AvailabilityConfirmedAt);
        Assert.Equal(ConfirmationStep.None, expert.NextConfirmationStep(confirmed + Interval - TimeSpan.FromMinutes(1), Interval, Window));
    }

    [Fact]
    public void SetAvailability_OnAStaleProfile_ConfirmsIt()
    {
        var expert = NewExpert();
        expert.RecordConfirmationRequest(Registered + Interval);
        expert.RecordConfirmationRequest(Registered + Interval + Window);
        expert.MarkStale(Registered + Interval + Window + Window);
        var edited = Registered + TimeSpan.FromDays(200);

        expert.SetAvailability(new ExpertAvailability(8, 1, []), AccountId.System, edited);

        Assert.False(expert.IsStale);
        Assert.Equal(edited, expert.AvailabilityConfirmedAt);
        Assert.Null(expert.LastConfirmationRequestAt);
    }

    private static Expert NewExpert() => Expert.Register("fresh@experts.example",
        new ExpertProfile("Fresh", "fresh@experts.example", [], [ExpertRole.Webber], [], [], [], [], [], ["Zeeland"], true, [Language.Nl], null, true),
        new ExpertAvailability(16, 2, []), AccountId.System, Registered);
}
