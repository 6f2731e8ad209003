using LcPeers.Domain.Common;
using LcPeers.Domain.Experts;
using LcPeers.Domain.Reference;
using LcPeers.Domain.Tools;

namespace LcPeers.Domain.Tests;

public sealed class ExpertTests
{
    private static readonly DateTimeOffset Now = new(2027, 1, 10, 8, 0, 0, TimeSpan.Zero);

    private static ExpertProfile Profile() => new(
        " Anna de Vries ", "Anna@Example.nl", ["Adviesbureau Vries", "adviesbureau vries"], [ExpertRole.PeerReviewer, ExpertRole.Webber, ExpertRole.Webber],
        [new Competence(Bottleneck.Continuity, 2), new Competence(Bottleneck.Continuity, 3), new Competence(Bottleneck.Balance, 1)],
        ["business-models"], [new ToolId(Guid.NewGuid())], [new PhaseExperience(Phase.Startup, 2), new PhaseExperience(Phase.Startup, 1)],
        ["offshore-wind"], ["zeeland", "Fryslân"], true, [Language.En, Language.Nl], null, true);

    private static ExpertAvailability Availability() =>
        new(16, 2, [new AvailabilityPeriod(new DateOnly(2027, 7, 1), new DateOnly(2027, 8, 31), available: false)]);

    [Fact]
    public void Register_NormalisesTheProfile()
    {
        var expert = Expert.Register(" Anna@Example.NL ", Profile(), Availability(), Actors.Of("anna@example.nl"), Now);

        Assert.Equal("anna@example.nl", expert.AccountEmail);
        Assert.Equal("Anna de Vries", expert.DisplayName);
        Assert.Equal(["Adviesbureau Vries"], expert.Organisations);
        Assert.Equal([ExpertRole.Webber, ExpertRole.PeerReviewer], expert.RolesOffered);
        Assert.Equal(3, expert.CompetenceLevel(Bottleneck.Continuity));
        Assert.Equal(0, expert.CompetenceLevel(Bottleneck.Financing));
        Assert.Equal(3, expert.LcsGuidedIn(Phase.Startup));
        Assert.Equal(["Zeeland", "Friesland"], expert.Regions);
        Assert.Equal(1, expert.Version);
    }

    [Theory]
    [InlineData(2027, 6, 1, 2027, 6, 30, false)]
    [InlineData(2027, 6, 15, 2027, 7, 1, true)]
    [InlineData(2027, 8, 31, 2027, 9, 30, true)]
    [InlineData(2027, 9, 1, 2027, 9, 30, false)]
    public void IsUnavailableDuring_OverlapWithUnavailablePeriod(int y1, int m1, int d1, int y2, int m2, int d2, bool expected)
    {
        var expert = Expert.Register("a@b.nl", Profile(), Availability(), Actors.Of("anna@example.nl"), Now);
        Assert.Equal(expected, expert.IsUnavailableDuring(new DateOnly(y1, m1, d1), new DateOnly(y2, m2, d2)));
    }

    [Fact]
    public void Erase_RemovesPersonalData_AndFreesTheAccount()
    {
        var expert = Expert.Register("anna@example.nl", Profile(), Availability(), Actors.Of("anna@example.nl"), Now);

        expert.Erase(Now.AddDays(1));

        Assert.True(expert.IsErased);
        Assert.Null(expert.Email);
        Assert.Empty(expert.Organisations);
        Assert.False(expert.Consent);
        Assert.Equal(Expert.ErasedDisplayName, expert.DisplayName);
        Assert.DoesNotContain("anna", expert.AccountEmail, StringComparison.Ordinal);
        Assert.Equal(2, expert.Version);
    }

    [Fact]
    public void UpdateProfile_AfterErasure_IsRefused()
    {
        var expert = Expert.Register("anna@example.nl", Profile(), Availability(), Actors.Of("anna@example.nl"), Now);
        expert.Erase(Now);

        var error = Assert.Throws<BusinessRuleException>(() => expert.UpdateProfile(Profile(), null, Actors.Of("anna@example.nl"), Now));
        Assert.Equal(RuleCodes.Expert.Erased, error.Code);
    }

    [Fact]
    public void Register_RaisesExpertRegistered_WithWhoActed()
    {
        var expert = Expert.Register("anna@example.nl", Profile(), Availability(), Actors.Of("staff@tse"), Now);

        Assert.Equal(new ExpertRegistered(expert, Actors.Of("staff@tse"), Now), Assert.Single(expert.DomainEvents));
    }

    [Fact]
    public void UpdateProfile_WithTheSameAvailability_RaisesOnlyProfileUpdated()
    {
        var expert = Expert.Register("anna@example.nl", Profile(), Availability(), Actors.Of("anna@example.nl"), Now);
        expert.ClearDomainEvents();

        expert.UpdateProfile(Profile(), Availability(), Actors.Of("anna@example.nl"), Now.AddDays(1));

        Assert.Equal(new ExpertProfileUpdated(expert, Actors.Of("anna@example.nl"), Now.AddDays(1)), Assert.Single(expert.DomainEvents));
    }

    [Fact]
    public void UpdateProfile_WithOtherHours_AlsoRaisesAvailabilityChanged_CarryingThePreviousAvailability()
    {
        var expert = Expert.Register("anna@example.nl", Profile(), Availability(), Actors.Of("anna@example.nl"), Now);
        expert.ClearDomainEvents();

        expert.UpdateProfile(Profile(), Availability() with { HoursPerMonth = 8 }, Actors.Of("staff@tse"), Now.AddDays(1));

        Assert.Collection(expert.DomainEvents,
            e => Assert.IsType<ExpertProfileUpdated>(e),
            e =>
            {
                var changed = Assert.IsType<ExpertAvailabilityChanged>(e);
                Assert.Equal(16, changed.Previous.HoursPerMonth);
                Assert.Equal(Availability().Periods, changed.Previous.Periods);
                Assert.Equal(Actors.Of("staff@tse"), changed.By);
            });
        Assert.Equal(8, expert.HoursPerMonth);
    }

    [Fact]
    public void SetAvailability_RaisesAvailabilityChanged_OnlyWhenSomethingChanged()
    {
        var expert = Expert.Register("anna@example.nl", Profile(), Availability(), Actors.Of("anna@example.nl"), Now);
        expert.ClearDomainEvents();

        expert.SetAvailability(Availability(), Actors.Of("anna@example.nl"), Now.AddDays(1));
        Assert.Empty(expert.DomainEvents);

        expert.SetAvailability(Availability() with { Periods = [] }, Actors.Of("anna@example.nl"), Now.AddDays(2));
        var changed = Assert.IsType<ExpertAvailabilityChanged>(Assert.Single(expert.DomainEvents));
        Assert.Single(changed.Previous.Periods);
        Assert.Empty(expert.Availability);
    }

    [Fact]
    public void Competence_LevelOutsideOneToThree_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Competence(Bottleneck.Balance, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Competence(Bottleneck.Balance, 0));
    }

    [Fact]
    public void AvailabilityPeriod_Reversed_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new AvailabilityPeriod(new DateOnly(2027, 2, 1), new DateOnly(2027, 1, 1), true));
    }
}
