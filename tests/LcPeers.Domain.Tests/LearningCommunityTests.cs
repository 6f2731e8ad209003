using LcPeers.Domain.LearningCommunities;
using LcPeers.Domain.Reference;

namespace LcPeers.Domain.Tests;

public sealed class LearningCommunityTests
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static LearningCommunityProfile Profile(string name = "Noorderlicht LC") => new(
        name, " Groningen ", LearningCommunityType.Other, LearningCommunityStatus.Active, Phase.Startup,
        new PartnerCount(12, false), ["Hanzehogeschool Groningen", " hanzehogeschool groningen ", ""], ["urban-energy"],
        [new ContactPerson("Els Bakker", "aanjager", "els@example.nl", null)], null);

    [Fact]
    public void Create_TrimsAndDeduplicatesPartners_AndStartsAtVersionOne()
    {
        var lc = LearningCommunity.Create(Profile(), Now);

        Assert.Equal("Groningen", lc.Region);
        Assert.Equal(["Hanzehogeschool Groningen"], lc.PartnerOrganisations);
        Assert.Equal(1, lc.Version);
        Assert.Equal(Now, lc.CreatedAt);
        Assert.Equal(Now, lc.UpdatedAt);
        Assert.Equal(7, lc.Id.Value.Version);
    }

    [Fact]
    public void Update_ChangesProfile_AndIncrementsVersion()
    {
        var lc = LearningCommunity.Create(Profile(), Now);
        var later = Now.AddDays(3);

        lc.Update(Profile("Noorderlicht") with { Phase = Phase.Execution, Status = LearningCommunityStatus.Ended }, later);

        Assert.Equal("Noorderlicht", lc.Name);
        Assert.Equal(Phase.Execution, lc.Phase);
        Assert.Equal(LearningCommunityStatus.Ended, lc.Status);
        Assert.Equal(2, lc.Version);
        Assert.Equal(later, lc.UpdatedAt);
        Assert.Equal(Now, lc.CreatedAt);
    }

    [Fact]
    public void Create_BlankName_IsRefused()
    {
        Assert.ThrowsAny<ArgumentException>(() => LearningCommunity.Create(Profile("  "), Now));
    }
}
